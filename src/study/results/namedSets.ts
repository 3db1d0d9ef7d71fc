/**
 * The study's named sets, declared once: what `methods`, `advancedMethods`,
 * `safetyBenchmarks`, ... stand for in every use of the results language
 * (`all m in advancedMethods` in claims and published.yaml, `$advancedMethods`
 * in keys and templates, `rows: $advancedMethods` in tables.yaml). They are
 * derived from the study's design: the results' sizes (report/model.yaml) or
 * published.yaml's `design`.
 */
import type { StudySizes } from "./types.js";

export interface StudyDesign {
  methods: string[];
  /** The method the others are compared with (Eqs. 2 and 3). */
  baseline: string;
  scales: string[];
  conditions: string[];
  safetyBenchmarks: string[];
  capabilityBenchmarks: string[];
}

export function namedSets(d: StudyDesign): Record<string, string[]> {
  return {
    methods: d.methods,
    advancedMethods: d.methods.filter((m) => m !== d.baseline),
    scales: d.scales,
    conditions: d.conditions,
    safetyBenchmarks: d.safetyBenchmarks,
    capabilityBenchmarks: d.capabilityBenchmarks,
    benchmarks: [...d.safetyBenchmarks, ...d.capabilityBenchmarks],
  };
}

/** The design the results were computed for (the baseline is the first method, as in report/model.yaml). */
export function designOfSizes(s: StudySizes): StudyDesign {
  return {
    methods: s.methods,
    baseline: s.methods[0] ?? "",
    scales: s.scales,
    conditions: s.conditions,
    safetyBenchmarks: s.benchmarks.filter((b) => b.kind === "safety").map((b) => b.name),
    capabilityBenchmarks: s.benchmarks.filter((b) => b.kind === "capability").map((b) => b.name),
  };
}
