/**
 * Number formatting for the supplement. Tables print the paper's 4 decimals
 * with a typographic minus (as the published tables do); popups also show
 * the full-precision value so a reader can match results.json exactly.
 */
export function formatFixed(v: number, decimals = 4): string {
  if (!Number.isFinite(v)) return String(v);
  const s = v.toFixed(decimals);
  // -0.0000 would read as a negative zero: print it without sign.
  if (/^-0\.?0*$/.test(s)) return s.slice(1);
  // Stryker disable next-line Regex: toFixed writes a minus only as the first character (its exponent form, from 1e21, is "1e+21"), so /-/ replaces the same one
  return s.replace(/^-/, "\u2212");
}

/** For TeX: ASCII minus (KaTeX typesets it as a minus sign). */
export function formatTex(v: number, decimals = 4): string {
  const s = formatFixed(v, decimals).replace("\u2212", "-");
  return s;
}

/** Shortest round-trip representation, as in results.json (its digits; the minus is U+2212 like every displayed number). */
export function formatFull(v: number): string {
  return String(v).replace(/(^|e)-/g, "$1\u2212");
}

/** p-values can be below 1e-300: print them in scientific notation. */
export function formatSmart(key: string, v: number): string {
  // Counts (sizes, seed, resamples) read as counts, not as 30.0000.
  if (Number.isInteger(v) && Math.abs(v) >= 1 && !key.startsWith("cell.") && !key.startsWith("cmp.") && !key.startsWith("summary.")) return formatFull(v);
  if (key.endsWith(".p") && v !== 0 && Math.abs(v) < 1e-4) return v.toExponential(2).replace(/-/g, "\u2212");
  if (key.endsWith(".df")) return formatFixed(v, 1);
  return formatFixed(v, 4);
}
