/**
 * The shapes of results keys (see src/results/types.ts), used to reject a
 * key template in a figure spec before any lookup: a typo such as
 * `summary.{scale}.{method}.retension` must fail at its position in the spec,
 * not as a silent hole in the plot.
 */
import { closest } from "../../text/closest.js";

export type Dimension = "scale" | "method" | "condition" | "benchmark";
export const DIMENSIONS: readonly Dimension[] = ["scale", "method", "condition", "benchmark"];

/** A slot is either a dimension (filled by a name or `{dim}`) or a fixed set of words. */
type Slot = Dimension | readonly string[];

const SUMMARY_METRICS = ["apSafety", "noapSafety", "safetyGap", "apCap", "noapCap", "tax", "retention", "delta"] as const;
const SUMMARY_CI_METRICS = ["safetyGap", "tax", "retention", "delta"] as const;
// The condition means carry a standard error (no bootstrap CI) in `compute`'s output.
const SUMMARY_MEANS = ["apSafety", "noapSafety", "apCap", "noapCap"] as const;

export const KEY_PATTERNS: readonly (readonly Slot[])[] = [
  [["cell"], "scale", "method", "condition", "benchmark", ["mean", "sd", "se"]],
  [["cmp"], "scale", "method", "benchmark", ["diff", "t", "df", "p", "log10p", "d", "se", "ciLow", "ciHigh"]],
  [["summary"], "scale", "method", SUMMARY_METRICS],
  [["summary"], "scale", "method", SUMMARY_CI_METRICS, ["ciLow", "ciHigh", "se"]],
  [["summary"], "scale", "method", SUMMARY_MEANS, ["se"]],
];

/** Every spelling of a pattern with its word slots filled: summary.{scale}.{method}.tax, ... */
const spellings = (p: readonly Slot[]): string[] =>
  p.reduce<string[]>((acc, slot) => acc.flatMap((prefix) => (typeof slot === "string" ? [`{${slot}}`] : slot).map((w) => (prefix ? `${prefix}.${w}` : w))), [""]);

export type TemplateSegment = { variable: Dimension } | { literal: string };

export type TemplateProblem =
  | { kind: "unknownPattern"; closestPattern: string | undefined }
  | { kind: "slotMismatch"; segment: string; slot: Dimension }
  | { kind: "badVariable"; variable: string };

/** Splits `cell.{scale}.{method}.AP.ToxiGen.mean` into variables and literals. */
export function parseTemplate(template: string): TemplateSegment[] | { kind: "badVariable"; variable: string } {
  const out: TemplateSegment[] = [];
  for (const seg of template.split(".")) {
    const m = /^\{(.*)\}$/.exec(seg);
    if (m) {
      const v = m[1] as string;
      if (!(DIMENSIONS as readonly string[]).includes(v)) return { kind: "badVariable", variable: v };
      out.push({ variable: v as Dimension });
    } else out.push({ literal: seg });
  }
  return out;
}

/**
 * Checks a parsed template against the key patterns. Dimension slots accept
 * `{thatDimension}` or any literal (names are checked against the results
 * later, when they are known); word slots accept only their words.
 */
export function checkTemplate(template: string, segments: TemplateSegment[]): TemplateProblem | undefined {
  let mismatch: TemplateProblem | undefined;
  for (const pattern of KEY_PATTERNS) {
    if (pattern.length !== segments.length) continue;
    let ok = true;
    for (let i = 0; i < pattern.length && ok; i++) {
      const slot = pattern[i] as Slot;
      const seg = segments[i] as TemplateSegment;
      if (typeof slot === "string") {
        if ("variable" in seg && seg.variable !== slot) {
          ok = false;
          // Only report a slot mismatch when the fixed words around it match,
          // i.e. this is clearly the intended pattern.
          if (!mismatch && pattern.every((s, j) => typeof s === "string" || ("literal" in (segments[j] as TemplateSegment) && s.includes((segments[j] as { literal: string }).literal))))
            mismatch = { kind: "slotMismatch", segment: `{${seg.variable}}`, slot };
        }
      } else if (!("literal" in seg) || !slot.includes(seg.literal)) ok = false;
    }
    if (ok) return undefined;
  }
  if (mismatch) return mismatch;
  // Compare with every concrete spelling (summary.{scale}.{method}.retention, ...)
  // so the suggestion is the one word that was probably meant.
  const shape = segments.map((s) => ("variable" in s ? `{${s.variable}}` : s.literal)).join(".");
  return { kind: "unknownPattern", closestPattern: closest(shape, KEY_PATTERNS.flatMap(spellings)) };
}

/** Fills a template's variables from a row's bindings. */
export const fillTemplate = (segments: TemplateSegment[], values: Partial<Record<Dimension, string>>): string =>
  segments.map((s) => ("variable" in s ? (values[s.variable] as string) : s.literal)).join(".");
