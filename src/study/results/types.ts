/**
 * The built-in study's results. On disk (out/results.json) they are the
 * engine's fields plus `sizes`, the design the numbers were computed for;
 * in memory they also carry the engine's `sets`, `design` and `about`,
 * which declare.ts derives from `sizes` and `numbers`.
 *
 * Keys (documented in docs/results.md, declared in keyFamilies.ts):
 *
 *   cell.<scale>.<method>.<condition>.<benchmark>.{mean,sd,se}
 *   cmp.<scale>.<method>.<benchmark>.{diff,t,df,p,log10p,d,se,ciLow,ciHigh}
 *   summary.<scale>.<method>.{apSafety,noapSafety,safetyGap,apCap,noapCap,tax,retention,delta}
 *   summary.<scale>.<method>.<metric>.{ciLow,ciHigh,se}   (metric in safetyGap, tax, retention, delta)
 *   summary.<scale>.<method>.<score>.se                    (score in apSafety, noapSafety, apCap, noapCap)
 *
 * Names are spelled as in the paper (`7B`, `SFT+DPO`, `NoAP`, `ToxiGen`).
 */
import type { Results } from "../../results/types.js";

export interface StudySizes {
  /** The treated (alignment-pretrained) condition first, then the control. */
  conditions: string[];
  /** The baseline method of Eqs. 2 and 3 first. */
  methods: string[];
  scales: string[];
  benchmarks: { name: string; kind: "safety" | "capability" }[];
  samplesPerCell: number;
  bootstrapResamples: number;
  confidence: number;
}

/** results.json as the study writes it (field order as serialized). */
export interface StudyResultsFile {
  schemaVersion: number;
  tool: { name: string; version: string };
  seed: number;
  /** SHA-256 of the canonical parameter object, hex. */
  paramsHash: string;
  sizes: StudySizes;
  /** Every citable number, keys sorted. */
  numbers: Record<string, number>;
}

/** In memory: the engine's view, declared from the file. */
export type StudyResults = Results & StudyResultsFile;
