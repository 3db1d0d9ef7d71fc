/**
 * The engine's results: what render, figures, review, site, pipeline, pdf,
 * cli and watch see of a study, whatever produced it (the built-in study in
 * src/study/, or a results file another program wrote). Nothing here knows a
 * study's names or formulas: those arrive as data, in `numbers`, `sets`,
 * `design` and `about`.
 */
import type { KeyFamily } from "../lang/keyFamily.js";

export interface Results {
  /** 1, the version this code reads and writes. */
  schemaVersion: number;
  tool: { name: string; version: string };
  /** Absent when the source has no seed. */
  seed?: number;
  /** Hash of the declared inputs or parameters, hex. */
  paramsHash?: string;
  /**
   * Every citable number, keys sorted (code-unit order). Uncertainty rides as
   * sibling keys: `<k>.se` (Monte-Carlo standard error), `<k>.ciLow` /
   * `<k>.ciHigh` (interval), so the Monte-Carlo-aware diff, check and claims
   * need nothing else.
   */
  numbers: Record<string, number>;
  /**
   * Named sets of the one results language (`all m in arms`,
   * `rows: $arms`), in the order the paper lists them. A set whose name
   * is also a dimension of the keys (`scales`, `methods`) lists that
   * dimension's names.
   */
  sets: Record<string, string[]>;
  /**
   * Numbers that describe the design rather than results (samples per cell,
   * resamples, confidence level, counts the text spells out). Templates,
   * claims and the supplement cite them as `sizes.<name>`; `diff` reports a
   * change of them apart from the numbers.
   */
  design?: Record<string, number>;
  /** Optional per-key provenance: what the number is and how it was made. */
  about?: Record<string, About>;
  /** Tables of samples written as CSV beside results.json: name -> file name (relative). */
  tables?: Record<string, string>;
  /**
   * The shapes of the keys, when the source declares them (the built-in study
   * does): figure bindings are then checked against them before any key is read.
   */
  keyFamilies?: readonly KeyFamily[];
}

/** What one number is and how it was made (shown by the supplement's popups). */
export interface About {
  /** Sample size behind the number. */
  n?: number;
  unit?: string;
  /** How it is computed; TeX (KaTeX renders it), with the inputs' values where the source fills them in. */
  formula?: string;
  /** The keys it is computed from. */
  inputs?: string[];
  /** One sentence: what the number is. */
  meaning?: string;
  /** The equation of the paper the formula instantiates, as the paper labels it ("2"). */
  equation?: string;
  /**
   * Its interval: the keys of the bounds (when they are not the `<k>.ciLow` /
   * `<k>.ciHigh` siblings, e.g. a difference's interval filed beside it) and
   * the confidence level (0.95).
   */
  interval?: { low: string; high: string; level?: number };
  /**
   * Its Monte-Carlo standard error where `numbers` has no `<k>.se` sibling
   * but the source can derive one (a t statistic from its df, a mean of
   * means from their SEs); `diff` and `check` read it through standardErrorOf.
   */
  se?: number;
}

export const RESULTS_SCHEMA_VERSION = 1;
