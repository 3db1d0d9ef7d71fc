/**
 * Formats (the `| name` steps). A placeholder that yields a number must
 * say how to print it: the paper prints 4 decimals in tables and most prose,
 * U+2212 minus in tables ("−0.0428") but a hyphen in prose ("-0.0482"),
 * and bounds rounded outward ("less than 1.2%").
 *
 *   fN, fNup, fNdown   fixed N decimals, hyphen-minus (rounded, ceiling, floor)
 *   mN                 fixed N decimals, U+2212 minus (tables)
 *   pctN, pctNup, pctNdown   100x with N decimals and "%"
 *   int                integer with thousands separators (10,000)
 *   n                  plain integer (42)
 *   word, Word         three / Three (0..20, else digits)
 *   sign               prefix "+" on positive numbers   (modifier)
 *   nolead             ".9" instead of "0.9"            (modifier)
 *   name               the names matched by the wildcards ("CAI", "Reasoning-PT, 1B")
 *   hide               print nothing (the placeholder only asserts, e.g. bound())
 *
 * In math (`tex` mode) the minus is "-" and thousands separators are "{,}"
 * so KaTeX typesets them itself.
 */
export type Mode = "html" | "tex";

type Dir = "" | "up" | "down";

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

/** The number format named `name`, or undefined. `up`/`down` round the signed value toward +/- infinity. */
export function numberFormat(name: string, mode: Mode): ((x: number) => { text: string; suffix: string }) | undefined {
  let m = /^(f|m)(\d)(up|down)?$/.exec(name);
  if (m) {
    const [, kind, digits, dir] = m;
    return (x) => sign(fixed(x, Number(digits), (dir ?? "") as Dir), kind === "m", mode, "");
  }
  if ((m = /^pct(\d)(up|down)?$/.exec(name))) {
    const [, digits, dir] = m;
    return (x) => sign(fixed(x * 100, Number(digits), (dir ?? "") as Dir), false, mode, mode === "tex" ? "\\%" : "%");
  }
  if (name === "int") return (x) => sign(thousands(Math.round(x).toFixed(0), mode), false, mode, "");
  if (name === "n") return (x) => sign(Math.round(x).toFixed(0), false, mode, "");
  if (name === "word" || name === "Word")
    return (x) => {
      const w = Number.isInteger(x) && x >= 0 && x < WORDS.length ? WORDS[x]! : String(x);
      return { text: name === "Word" ? w[0]!.toUpperCase() + w.slice(1) : w, suffix: "" };
    };
  return undefined;
}

/** Normalises "-0.0000" to "0.0000" and picks the minus sign. */
function sign(s: string, unicodeMinus: boolean, mode: Mode, suffix: string): { text: string; suffix: string } {
  let t = s;
  if (/^-0(\.0*)?$/.test(t)) t = t.slice(1);
  if (t.startsWith("-") && unicodeMinus && mode === "html") t = "\u2212" + t.slice(1);
  return { text: t, suffix };
}

export const MODIFIERS = ["sign", "nolead"] as const;
export const KNOWN_FORMATS = ["f0", "f1", "f2", "f3", "f4", "f2up", "f2down", "f4up", "f4down", "m2", "m4", "pct0", "pct1", "pct1up", "pct1down", "int", "n", "word", "Word", "name", "hide", ...MODIFIERS];

export function applyModifier(name: string, text: string): string {
  if (name === "sign") return /^[-\u2212]/.test(text) || /^0(\.0*)?%?$/.test(text) ? text : "+" + text;
  if (name === "nolead") return text.replace(/^([-\u2212]?)0\./, "$1.");
  return text;
}
