/**
 * model.yaml's checks that its schema (./modelSchema.ts) cannot say, on the
 * file as the schema let it through: names are distinct (and their streams,
 * keyed by CRC-32, too), every name used is one the file declares and every
 * declared one has its values, the design fits in memory, and every cell's
 * mean is a score. Fills the defaults, so later stages get complete `Params`.
 * Each failure is a SafetyGapError at file:line:column with the field path
 * and, for a misspelt name, the closest declared one.
 */
import { SafetyGapError, type SourceLocation } from "../../errors.js";
import * as inputMsg from "../../messages/input.js";
import * as msg from "./messages.js";
import { closest } from "../../text/closest.js";
import { crc32 } from "./crc32.js";
import type { FieldPath } from "../../input/locateYaml.js";
import { MAX_CELLS, MAX_REPLICATES, MAX_SAMPLES, paramsSchema } from "./schema.js";
import type { Benchmark, BenchmarkKind, MethodEffect, Params } from "./types.js";
import { cellMeanOf } from "./cellMean.js";

/** Where to point an error: supplied by the loader (it knows the file). */
export type Locator = (path: FieldPath, atKey?: boolean) => SourceLocation;

type Numbers = Record<string, number>;

/** model.yaml as its schema checked it: `Params` before the names are checked and the defaults filled. */
export type ModelFile = Omit<Params, "benchmarks" | "methodEffects"> & {
  benchmarks: Record<string, BenchmarkKind>;
  methodEffects: Record<string, { lift: Numbers; retention?: Numbers }>;
};

const didYouMean = (best: string | undefined): string | undefined => (best === undefined ? undefined : inputMsg.didYouMean(best));

export function checkDesign(file: ModelFile, at: Locator): Params {
  const fail = (message: string, path: FieldPath, atKey = false, hint?: string): never => {
    throw new SafetyGapError(message, at(path, atKey), hint);
  };

  /** Keys of `obj` must be among `valid` (declared names of `what`). */
  const onlyNames = (obj: object, path: FieldPath, valid: readonly string[], what: string): void => {
    for (const k of Object.keys(obj)) if (!valid.includes(k)) fail(msg.unknownName(what, k, valid), [...path, k], true, didYouMean(closest(k, valid)));
  };

  /** Distinct names with distinct CRC-32s (streams are keyed by them). `keysOf`: the names are a mapping's keys, so an error points at the key. */
  const distinct = (names: readonly string[], path: FieldPath, keysOf = false): void => {
    const p = path.join(".");
    const crcs = new Map<number, string>();
    // Scales name files (data/summary-<scale>.csv): case-insensitive file systems must not merge two.
    const folded = new Map<string, string>();
    names.forEach((s, i) => {
      const where: FieldPath = keysOf ? [...path, s] : [...path, i];
      if (names.indexOf(s) !== i) fail(msg.duplicateName(p, s), where, keysOf);
      const c = crc32(s);
      const other = crcs.get(c);
      if (other !== undefined) fail(msg.crcCollision(p, other, s), where, keysOf, "Rename one of them.");
      crcs.set(c, s);
      const same = folded.get(s.toLowerCase());
      if (same !== undefined && p === "scales") fail(msg.scalesDifferInCase(same, s), where, false, "Rename one of them.");
      folded.set(s.toLowerCase(), s);
    });
  };

  const { seed, samplesPerCell, bootstrap, conditions, methods, baselineMethod, scales, noise } = file;
  if (conditions.treated === conditions.control) fail(msg.sameConditions(conditions.treated), ["conditions", "control"]);
  if (crc32(conditions.treated) === crc32(conditions.control))
    fail(msg.crcCollision("conditions", conditions.treated, conditions.control), ["conditions", "control"], false, "Rename one of them.");

  distinct(methods, ["methods"]);
  if (!methods.includes(baselineMethod))
    fail(msg.unknownName("method", baselineMethod, methods), ["baselineMethod"], false, didYouMean(closest(baselineMethod, methods)));
  distinct(scales, ["scales"]);

  const benchmarkNames = Object.keys(file.benchmarks);
  distinct(benchmarkNames, ["benchmarks"], true);
  const benchmarks: Benchmark[] = benchmarkNames.map((name) => ({ name, kind: file.benchmarks[name]! }));
  for (const kind of ["safety", "capability"] as const)
    if (!benchmarks.some((b) => b.kind === kind)) fail(msg.noBenchmarkOfKind(kind), ["benchmarks"]);

  // The sizes are what memory holds (schema.ts: MAX_CELLS, MAX_SAMPLES, MAX_REPLICATES).
  const comparisons = scales.length * methods.length * benchmarks.length;
  const cells = 2 * comparisons;
  if (cells > MAX_CELLS) {
    const lengths = { methods: methods.length, scales: scales.length, benchmarks: benchmarks.length };
    const longest = (["methods", "scales", "benchmarks"] as const).reduce((a, b) => (lengths[b] > lengths[a] ? b : a));
    fail(msg.tooManyCells(methods.length, scales.length, benchmarks.length, MAX_CELLS), [longest], false, msg.tooManyCellsHint());
  }
  if (samplesPerCell * cells > MAX_SAMPLES)
    fail(msg.tooManySamples(samplesPerCell, cells, MAX_SAMPLES), ["samplesPerCell"], false, msg.tooManySamplesHint(Math.floor(MAX_SAMPLES / cells)));
  if (bootstrap.resamples * comparisons > MAX_REPLICATES)
    fail(msg.tooManyReplicates(bootstrap.resamples, comparisons, MAX_REPLICATES), ["bootstrap", "resamples"], false, msg.tooManyReplicatesHint(Math.floor(MAX_REPLICATES / comparisons)));

  /** One number per declared benchmark, no other name. */
  const perBenchmark = (row: Numbers, path: FieldPath): Numbers => {
    onlyNames(row, path, benchmarkNames, "benchmark");
    for (const b of benchmarkNames) if (!Object.hasOwn(row, b)) fail(msg.missingName("benchmark", b, path.join(".")), path);
    return Object.fromEntries(benchmarkNames.map((b) => [b, row[b]!]));
  };
  /** scale -> benchmark -> value, every scale and benchmark present, no others. */
  const byScale = (key: "baseline" | "alignment"): Record<string, Numbers> => {
    const obj = file[key];
    onlyNames(obj, [key], scales, "scale");
    const out: Record<string, Numbers> = {};
    for (const s of scales) {
      if (!Object.hasOwn(obj, s)) fail(msg.missingName("scale", s, key), [key]);
      out[s] = perBenchmark(obj[s]!, [key, s]);
    }
    return out;
  };
  const baseline = byScale("baseline");
  const alignment = byScale("alignment");

  const effects = file.methodEffects;
  onlyNames(effects, ["methodEffects"], methods, "method");
  const methodEffects: Record<string, MethodEffect> = {};
  for (const m of methods) {
    if (m === baselineMethod) {
      if (Object.hasOwn(effects, m)) fail(msg.baselineHasEffects(m), ["methodEffects", m], true, "Remove this entry, or change `baselineMethod`.");
      methodEffects[m] = { lift: Object.fromEntries(benchmarkNames.map((b) => [b, 0])), retention: Object.fromEntries(benchmarkNames.map((b) => [b, 1])) };
      continue;
    }
    if (!Object.hasOwn(effects, m)) fail(msg.missingName("method", m, "methodEffects"), ["methodEffects"]);
    const e = effects[m]!;
    const lift = perBenchmark(e.lift, ["methodEffects", m, "lift"]);
    const retention = e.retention ?? {};
    onlyNames(retention, ["methodEffects", m, "retention"], benchmarkNames, "benchmark");
    const keep = paramsSchema["methodEffects.<method>.retention.<benchmark>"].default;
    methodEffects[m] = { lift, retention: Object.fromEntries(benchmarkNames.map((b) => [b, Object.hasOwn(retention, b) ? retention[b]! : keep])) };
  }

  const params: Params = { seed, samplesPerCell, bootstrap: { ...bootstrap }, conditions: { ...conditions }, methods, baselineMethod, scales, benchmarks, noise: { ...noise }, baseline, alignment, methodEffects };

  // A mean outside [0, 1] is not a score: clipping would silently pile the
  // samples on a bound. Point at the method's lift, the usual culprit.
  for (const s of scales)
    for (const m of methods)
      for (const c of [conditions.treated, conditions.control])
        for (const b of benchmarkNames) {
          const mu = cellMeanOf(params, s, m, c, b);
          if (!(mu >= 0 && mu <= 1))
            fail(msg.meanOutOfRange(`${s}/${m}/${c}/${b}`, mu), m === baselineMethod ? ["baseline", s, b] : ["methodEffects", m, "lift", b], false,
              "Lower the baseline, lift or alignment effect of this benchmark.");
        }
  return params;
}
