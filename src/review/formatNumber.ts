/** How the review tools print numbers: enough digits to see a Monte-Carlo-sized change. */
export function formatNumber(x: number | undefined): string {
  if (x === undefined) return "";
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toExponential(3);
  return String(Number(x.toPrecision(6)));
}

/** For a page a reader reads (HTML): the minus sign U+2212 instead of a hyphen, also in an exponent; terminal and Markdown output keep "-". */
export const displayMinus = (formatted: string): string => formatted.replace(/(^|e)-/g, "$1\u2212");

export const formatSigned = (x: number | undefined): string => (x === undefined ? "" : x > 0 ? `+${formatNumber(x)}` : formatNumber(x));

/** Pads columns so a table lines up on a terminal; numbers right-aligned. */
export function alignColumns(rows: string[][], numeric: boolean[] = []): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(c))));
  return rows.map((r) =>
    r
      .map((c, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - visibleLength(c));
        return numeric[i] ? pad + c : c + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}

// eslint-disable-next-line no-control-regex
const visibleLength = (s: string): number => s.replace(/\x1b\[[0-9;]*m/g, "").length;

/** ANSI colours, only when writing to a terminal. */
export function painter(enabled: boolean): { red: (s: string) => string; green: (s: string) => string; yellow: (s: string) => string; dim: (s: string) => string; bold: (s: string) => string } {
  const wrap = (code: string) => (s: string) => (enabled ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { red: wrap("31"), green: wrap("32"), yellow: wrap("33"), dim: wrap("2"), bold: wrap("1") };
}
