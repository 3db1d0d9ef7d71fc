/**
 * The results object: the single source of every number in the paper, the
 * supplement and the review tools. `numbers` is flat, keyed by stable dotted
 * keys (documented in docs/results.md), e.g.
 *
 *   cell.<scale>.<method>.<condition>.<benchmark>.{mean,sd,se}
 *   cmp.<scale>.<method>.<benchmark>.{diff,t,df,p,log10p,d,se,ciLow,ciHigh}
 *   summary.<scale>.<method>.{apSafety,noapSafety,safetyGap,apCap,noapCap,tax,retention,delta}
 *   summary.<scale>.<method>.<metric>.{ciLow,ciHigh,se}   (metric in safetyGap, tax, retention, delta)
 *   summary.<scale>.<method>.<score>.se                    (score in apSafety, noapSafety, apCap, noapCap)
 *
 * `se` is a Monte-Carlo standard error: of the cell mean (SD / sqrt(n)), of
 * the comparison's diff (Welch), of a mean score (from the cells' SEs), and
 * of a derived metric (SD of its bootstrap replicates).
 *
 * Names are spelled as in the paper (`7B`, `SFT+DPO`, `NoAP`, `ToxiGen`).
 */
export interface Results {
  schemaVersion: number;
  tool: { name: string; version: string };
  seed: number;
  /** SHA-256 of the canonical parameter object, hex. */
  paramsHash: string;
  sizes: {
    conditions: string[];
    methods: string[];
    scales: string[];
    benchmarks: { name: string; kind: "safety" | "capability" }[];
    samplesPerCell: number;
    bootstrapResamples: number;
    confidence: number;
  };
  /** Every citable number, keys sorted. */
  numbers: Record<string, number>;
}

export const RESULTS_SCHEMA_VERSION = 1;
