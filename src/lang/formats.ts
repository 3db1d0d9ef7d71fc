/**
 * The number formats of the results language (the `| name` steps). A value
 * that is printed must say how: 4 decimals in tables and most prose, a minus
 * sign U+2212 ("−0.0428", typeset as a minus, not a hyphen, and read as one
 * when the PDF's text is copied) and bounds rounded outward ("less than
 * 1.2%"). FORMAT_DOCS lists them; the docs' table is generated from it.
 *
 * The digit ranges are those docs/writing.md lists: "f9" or "pct2" would
 * print noise digits the paper never shows, so they are unknown formats
 * (with the nearest valid one suggested) rather than silently accepted.
 *
 * In math (`tex` mode) the minus is "-" and thousands separators are "{,}"
 * so KaTeX typesets them itself.
 */
import * as msg from "../messages/lang.js";

/**
 * Every format, as docs/writing.md lists it (generated from this table). An
 * example is a value and the formats it is printed with (the docs print
 * what numberFormat gives), or a text.
 */
export const FORMAT_DOCS: readonly { names: string[]; prints: string; example: { value: number; formats: string[] } | string }[] = [
  { names: ["f0 … f6"], prints: "fixed decimals (rounded)", example: { value: -0.04283, formats: ["f4"] } },
  { names: ["f0up … f6up", "f0down … f6down"], prints: "fixed decimals, rounded up (toward +∞) or down (toward −∞): for bounds", example: { value: 0.7601, formats: ["f2down"] } },
  { names: ["m0 … m6", "m0up … m6down"], prints: "the same as f0 … f6", example: { value: -0.0096, formats: ["m4"] } },
  { names: ["pct0", "pct1", "pct0up … pct1down"], prints: "100 × the value with 0 or 1 decimal and %", example: { value: 0.0112, formats: ["pct1up"] } },
  { names: ["int"], prints: "a whole number with thousands separators", example: { value: 10000, formats: ["int"] } },
  { names: ["n"], prints: "a whole number", example: { value: 30, formats: ["n"] } },
  { names: ["word", "Word"], prints: "a count 0…20 as a word (capitalised), digits above; anything but a count is an error", example: { value: 3, formats: ["Word"] } },
  { names: ["name"], prints: "the names the pattern's choices matched, most specific first; a single key has none (an error)", example: "`min(x.*.y) | name` → the name the * matched for the smallest" },
  { names: ["sign"], prints: "(after a number format) + before a positive number", example: { value: 0.05, formats: ["f2", "sign"] } },
  { names: ["nolead"], prints: "(after a number format) no 0 before the point", example: { value: 0.9, formats: ["f1", "nolead"] } },
  { names: ["hide"], prints: "nothing: the placeholder only checks (bound, allsign, same); last or alone", example: '`bound(x.*.y, ">", 0) | hide`' },
];

export type Mode = "html" | "tex";

type Dir = "up" | "down" | undefined;

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

function fixed(x: number, digits: number, dir: Dir): string {
  const f = 10 ** digits;
  // Outward rounding for bounds; the epsilon keeps 0.0112 from ceiling to 0.0113 through binary noise.
  const v = dir === "up" ? Math.ceil(x * f - 1e-9) / f : dir === "down" ? Math.floor(x * f + 1e-9) / f : x;
  return v.toFixed(digits);
}

function thousands(s: string, mode: Mode): string {
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, mode === "tex" ? "{,}" : ",");
}

/** Most decimals each family prints (f0..f6, m0..m6, pct0..pct1), as docs/writing.md lists them. */
export const MAX_DIGITS = { f: 6, m: 6, pct: 1 } as const;

/**
 * A format that cannot print this value truthfully (`word` on 0.0098): the
 * caller reports it at the format's position.
 */
export class FormatRefused extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The number format named `name`, or undefined. `up`/`down` round the signed value toward +/- infinity. */
export function numberFormat(name: string, mode: Mode): ((x: number) => { text: string; suffix: string }) | undefined {
  const d = /^(f|m|pct)(\d+)(up|down)?$/.exec(name);
  if (d && Number(d[2]) > MAX_DIGITS[d[1] as keyof typeof MAX_DIGITS]) return undefined;
  let m = /^(f|m)(\d)(up|down)?$/.exec(name);
  if (m) {
    const [, , digits, dir] = m;
    return (x) => sign(fixed(x, Number(digits), dir as Dir), mode, "");
  }
  if ((m = /^pct(\d)(up|down)?$/.exec(name))) {
    const [, digits, dir] = m;
    return (x) => sign(fixed(x * 100, Number(digits), dir as Dir), mode, mode === "tex" ? "\\%" : "%");
  }
  if (name === "int") return (x) => sign(thousands(Math.round(x).toFixed(0), mode), mode, "");
  if (name === "n") return (x) => sign(Math.round(x).toFixed(0), mode, "");
  if (name === "word" || name === "Word")
    return (x) => {
      // A word is a count: printing "-0.0098" (or "2.5") through it would pass a raw float into prose.
      if (!Number.isInteger(x) || x < 0) throw new FormatRefused(msg.wordNeedsCount(name, x), msg.wordHint());
      const w = x < WORDS.length ? WORDS[x]! : String(x);
      return { text: name === "Word" ? w[0]!.toUpperCase() + w.slice(1) : w, suffix: "" };
    };
  return undefined;
}

/** Normalises "-0.0000" to "0.0000"; in HTML the minus is U+2212 (TeX typesets its "-" as a minus itself). */
function sign(s: string, mode: Mode, suffix: string): { text: string; suffix: string } {
  const t = /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
  return { text: mode === "html" ? displayMinus(t) : t, suffix };
}

/** A formatted number's leading hyphen-minus as the minus sign U+2212, the one place numbers get their printed minus. */
export function displayMinus(formatted: string): string {
  return formatted.startsWith("-") ? "\u2212" + formatted.slice(1) : formatted;
}

export const MODIFIERS = ["sign", "nolead"] as const;

/** Every valid format name (for "did you mean"): the same set numberFormat accepts, plus name, hide and the modifiers. */
export const KNOWN_FORMATS: readonly string[] = [
  ...(Object.entries(MAX_DIGITS) as [string, number][]).flatMap(([kind, max]) =>
    Array.from({ length: max + 1 }, (_, n) => ["", "up", "down"].map((dir) => `${kind}${n}${dir}`)).flat(),
  ),
  "int",
  "n",
  "word",
  "Word",
  "name",
  "hide",
  ...MODIFIERS,
];

/**
 * For "f9" / "pct2up": the same family with the most digits it has ("f6",
 * "pct1up"); undefined for other names (and for "f44", more likely a typo
 * of f4 than a wish for 44 decimals: plain "did you mean" handles it).
 */
export function nearestDigits(name: string): { best: string; kind: string; max: number } | undefined {
  const d = /^(f|m|pct)(\d)(up|down)?$/.exec(name);
  if (!d) return undefined;
  const max = MAX_DIGITS[d[1] as keyof typeof MAX_DIGITS];
  return { best: `${d[1]}${max}${d[3] ?? ""}`, kind: d[1]!, max };
}

export function applyModifier(name: string, text: string): string {
  if (name === "sign") return /^[-\u2212]/.test(text) || /^0(\.0*)?%?$/.test(text) ? text : "+" + text;
  if (name === "nolead") return text.replace(/^([-+\u2212]?)0\./, "$1.");
  return text;
}
