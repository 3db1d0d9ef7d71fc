/**
 * `unknown` (the parsed YAML) -> `Params`. Checks every field against
 * `paramsSchema` and every name against the names the file declares, and
 * fills the defaults, so later stages get a complete, typed object. Each
 * failure is a SafetyGapError naming file:line:column, the field path, what
 * is allowed and, for a misspelled name, the closest valid one.
 */
import { SafetyGapError, type SourceLocation } from "../../errors.js";
import * as inputMsg from "../../messages/input.js";
import * as msg from "./messages.js";
import { closest } from "../../text/closest.js";
import { crc32 } from "./crc32.js";
import type { FieldPath } from "../../input/locateYaml.js";
import { allowedText, MAX_CELLS, MAX_REPLICATES, MAX_SAMPLES, NAME_WHY, paramsSchema, scalarAllowed, type FieldSpec, type FieldType, type SchemaField } from "./schema.js";
import type { Benchmark, MethodEffect, Params } from "./types.js";
import { cellMeanOf } from "./cellMean.js";

/** Where to point an error: supplied by the loader (it knows the file); tests may pass a stub. */
export type Locator = (path: FieldPath, atKey?: boolean) => SourceLocation;

const TOP_LEVEL = [
  "seed",
  "samplesPerCell",
  "bootstrap",
  "conditions",
  "methods",
  "baselineMethod",
  "scales",
  "benchmarks",
  "noise",
  "baseline",
  "alignment",
  "methodEffects",
];

type Obj = Record<string, unknown>;
/** A plain mapping: not a list, nor what a YAML tag makes (a Map from !!omap, a Set, binary data, a Date). */
const isObj = (v: unknown): v is Obj =>
  typeof v === "object" && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
/** obj[key] if obj has it itself: a benchmark named `toString` is not Object.prototype.toString. */
const own = (obj: Obj, key: string): unknown => (Object.hasOwn(obj, key) ? obj[key] : undefined);

const didYouMean = (best: string | undefined): string | undefined => (best === undefined ? undefined : inputMsg.didYouMean(best));

const INTEGER_TYPES = new Set<FieldType>(["integer>=0", "sample-size", "resample-count"]);

/** The text of the token a location underlines (what the user wrote). */
function tokenAt(where: SourceLocation): string {
  const line = where.source?.split(/\r?\n/)[(where.line ?? 1) - 1] ?? "";
  const start = (where.column ?? 1) - 1;
  return line.slice(start, start + (where.length ?? 1));
}

export function validateParams(raw: unknown, at: Locator): Params {
  const fail = (message: string, path: FieldPath, atKey = false, hint?: string): never => {
    throw new SafetyGapError(message, at(path, atKey), hint);
  };

  const mapAt = (v: unknown, path: FieldPath): Obj => {
    if (!isObj(v)) fail(v === undefined ? msg.missingField(path.join("."), "a mapping") : msg.wrongValue(path.join("."), "a mapping", v), path);
    return v as Obj;
  };

  /** Rejects keys outside `valid`, naming the closest valid one. */
  const onlyKeys = (obj: Obj, path: FieldPath, valid: readonly string[], what?: string): void => {
    for (const k of Object.keys(obj)) {
      if (valid.includes(k)) continue;
      const m = what ? msg.unknownName(what, k, valid) : inputMsg.unknownField(path.join("."), k, valid);
      fail(m, [...path, k], true, didYouMean(closest(k, valid)));
    }
  };

  const field = (v: unknown, path: FieldPath, spec: SchemaField): number | string => {
    const s: FieldSpec = paramsSchema[spec];
    const allowed = allowedText[s.type];
    if (v === undefined) {
      if (s.default !== undefined) return s.default;
      fail(msg.missingField(path.join("."), allowed), path.slice(0, -1));
    }
    if (!scalarAllowed(s.type, v)) {
      if (s.type === "name") fail(msg.wrongValue(path.join("."), allowed, v), path, false, NAME_WHY);
      // YAML reads an integer written beyond 2^53 - 1 as the nearest double: say so, or "got 18446744073709552000" puzzles.
      const written = typeof v === "number" && !Number.isSafeInteger(v) && INTEGER_TYPES.has(s.type) ? tokenAt(at(path)) : "";
      const rounded = /^\+?\d+$/.test(written) && written.replace(/^\+/, "") !== String(v);
      fail(msg.wrongValue(path.join("."), allowed, v), path, false, rounded ? msg.roundedInteger(written, v as number) : s.why);
    }
    return v as number | string;
  };

  /**
   * A list of distinct names with distinct CRC-32s (streams are keyed by them).
   * `keysOf`: the names are the keys of this mapping (benchmarks), so an error points at the key.
   */
  const names = (v: unknown, path: FieldPath, keysOf = false): string[] => {
    const p = path.join(".");
    if (!Array.isArray(v) || v.length === 0) fail(v === undefined ? msg.missingField(p, allowedText["name-list"]) : msg.wrongValue(p, `a non-empty list (${allowedText["name-list"]})`, v), path);
    const out: string[] = [];
    const crcs = new Map<number, string>();
    // Scales name files (data/summary-<scale>.csv): case-insensitive file systems must not merge two.
    const folded = new Map<string, string>();
    (v as unknown[]).forEach((name, i) => {
      const at: FieldPath = keysOf ? [...path, String(name)] : [...path, i];
      if (!scalarAllowed("name", name)) fail(keysOf ? msg.wrongKey(p, allowedText.name, name) : msg.wrongValue(`${p}[${i}]`, allowedText.name, name), at, keysOf, NAME_WHY);
      const s = name as string;
      if (out.includes(s)) fail(msg.duplicateName(p, s), at, keysOf);
      const c = crc32(s);
      const other = crcs.get(c);
      if (other !== undefined) fail(msg.crcCollision(p, other, s), at, keysOf, "Rename one of them.");
      crcs.set(c, s);
      const same = folded.get(s.toLowerCase());
      if (same !== undefined && p === "scales") fail(msg.scalesDifferInCase(same, s), at, false, "Rename one of them.");
      folded.set(s.toLowerCase(), s);
      out.push(s);
    });
    return out;
  };

  if (!isObj(raw)) fail(msg.notAMapping(raw), []);
  const root = raw as Obj;
  onlyKeys(root, [], TOP_LEVEL);

  const seed = field(root.seed, ["seed"], "seed") as number;
  const samplesPerCell = field(root.samplesPerCell, ["samplesPerCell"], "samplesPerCell") as number;
  const boot = mapAt(root.bootstrap, ["bootstrap"]);
  onlyKeys(boot, ["bootstrap"], ["resamples", "confidence"]);
  const bootstrap = {
    resamples: field(boot.resamples, ["bootstrap", "resamples"], "bootstrap.resamples") as number,
    confidence: field(boot.confidence, ["bootstrap", "confidence"], "bootstrap.confidence") as number,
  };

  const cond = mapAt(root.conditions, ["conditions"]);
  onlyKeys(cond, ["conditions"], ["treated", "control"]);
  const conditions = {
    treated: field(cond.treated, ["conditions", "treated"], "conditions.treated") as string,
    control: field(cond.control, ["conditions", "control"], "conditions.control") as string,
  };
  if (conditions.treated === conditions.control) fail(msg.sameConditions(conditions.treated), ["conditions", "control"]);
  if (crc32(conditions.treated) === crc32(conditions.control))
    fail(msg.crcCollision("conditions", conditions.treated, conditions.control), ["conditions", "control"], false, "Rename one of them.");

  const methods = names(root.methods, ["methods"]);
  const baselineMethod = field(root.baselineMethod, ["baselineMethod"], "baselineMethod") as string;
  if (!methods.includes(baselineMethod))
    fail(msg.unknownName("method", baselineMethod, methods), ["baselineMethod"], false, didYouMean(closest(baselineMethod, methods)));
  const scales = names(root.scales, ["scales"]);

  const benchObj = mapAt(root.benchmarks, ["benchmarks"]);
  const benchmarkNames = names(Object.keys(benchObj), ["benchmarks"], true);
  const benchmarks: Benchmark[] = benchmarkNames.map((name) => ({
    name,
    kind: field(benchObj[name], ["benchmarks", name], "benchmarks.<benchmark>") as Benchmark["kind"],
  }));
  for (const kind of ["safety", "capability"] as const)
    if (!benchmarks.some((b) => b.kind === kind)) fail(msg.noBenchmarkOfKind(kind), ["benchmarks"]);

  // The sizes are what memory holds (schema.ts: MAX_CELLS, MAX_SAMPLES, MAX_REPLICATES):
  // checked as soon as the names say how many cells and comparisons there are.
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

  const noiseObj = mapAt(root.noise, ["noise"]);
  onlyKeys(noiseObj, ["noise"], ["sd"]);
  const noise = { sd: field(noiseObj.sd, ["noise", "sd"], "noise.sd") as number };

  /** scale -> benchmark -> value, every scale and benchmark present, no others. */
  const byScale = (key: "baseline" | "alignment"): Record<string, Record<string, number>> => {
    const obj = mapAt(root[key], [key]);
    onlyKeys(obj, [key], scales, "scale");
    const out: Record<string, Record<string, number>> = {};
    for (const s of scales) {
      if (!Object.hasOwn(obj, s)) fail(msg.missingName("scale", s, key), [key]);
      const row = mapAt(obj[s], [key, s]);
      onlyKeys(row, [key, s], benchmarkNames, "benchmark");
      out[s] = {};
      for (const b of benchmarkNames) {
        if (!Object.hasOwn(row, b)) fail(msg.missingName("benchmark", b, `${key}.${s}`), [key, s]);
        out[s][b] = field(row[b], [key, s, b], `${key}.<scale>.<benchmark>`) as number;
      }
    }
    return out;
  };
  const baseline = byScale("baseline");
  const alignment = byScale("alignment");

  const effObj = mapAt(root.methodEffects, ["methodEffects"]);
  onlyKeys(effObj, ["methodEffects"], methods, "method");
  const methodEffects: Record<string, MethodEffect> = {};
  for (const m of methods) {
    if (m === baselineMethod) {
      if (Object.hasOwn(effObj, m)) fail(msg.baselineHasEffects(m), ["methodEffects", m], true, "Remove this entry, or change `baselineMethod`.");
      methodEffects[m] = { lift: Object.fromEntries(benchmarkNames.map((b) => [b, 0])), retention: Object.fromEntries(benchmarkNames.map((b) => [b, 1])) };
      continue;
    }
    if (!Object.hasOwn(effObj, m)) fail(msg.missingName("method", m, "methodEffects"), ["methodEffects"]);
    const e = mapAt(effObj[m], ["methodEffects", m]);
    onlyKeys(e, ["methodEffects", m], ["lift", "retention"]);
    const lift = mapAt(e.lift, ["methodEffects", m, "lift"]);
    onlyKeys(lift, ["methodEffects", m, "lift"], benchmarkNames, "benchmark");
    const retention = e.retention === undefined ? {} : mapAt(e.retention, ["methodEffects", m, "retention"]);
    onlyKeys(retention, ["methodEffects", m, "retention"], benchmarkNames, "benchmark");
    const effect: MethodEffect = { lift: {}, retention: {} };
    for (const b of benchmarkNames) {
      if (!Object.hasOwn(lift, b)) fail(msg.missingName("benchmark", b, `methodEffects.${m}.lift`), ["methodEffects", m, "lift"]);
      effect.lift[b] = field(lift[b], ["methodEffects", m, "lift", b], "methodEffects.<method>.lift.<benchmark>") as number;
      effect.retention[b] = field(own(retention, b), ["methodEffects", m, "retention", b], "methodEffects.<method>.retention.<benchmark>") as number;
    }
    methodEffects[m] = effect;
  }

  const params: Params = { seed, samplesPerCell, bootstrap, conditions, methods, baselineMethod, scales, benchmarks, noise, baseline, alignment, methodEffects };

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
