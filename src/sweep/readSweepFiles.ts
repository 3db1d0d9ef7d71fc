/**
 * Reads a sweep part (for `sweep merge`) or a sweep.json (for `check`, the
 * build and the supplement), validated by zod schemas: a file of another
 * shape is bad input naming the file and the first field that is wrong.
 */
import { readFileSync } from "node:fs";
import * as z from "zod";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/sweep.js";
import { PART_FORMAT, SWEEP_FORMAT, SWEEP_SCHEMA_VERSION, type SweepFile, type SweepPart } from "./sweepFile.js";

const finite = z.number().refine(Number.isFinite);
const seed = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const header = {
  schemaVersion: z.literal(SWEEP_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  paramsHash: z.string(),
  paperSeed: seed,
  seeds: z.array(seed),
  bootstrapped: z.array(z.string()),
};
const item = z.object({ id: z.string(), kind: z.enum(["claim", "statement"]), text: z.string(), where: z.string().optional() });

const partSchema = z.object({
  format: z.literal(PART_FORMAT),
  ...header,
  items: z.array(item),
  shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }),
  partSeeds: z.array(seed),
  values: z.record(z.string(), z.array(finite)),
  holds: z.record(z.string(), z.array(z.union([z.literal(0), z.literal(1)]))),
  paper: z.object({ numbers: z.record(z.string(), finite), holds: z.record(z.string(), z.boolean()) }),
});

const spread = z.object({ mean: finite, sd: finite, min: finite, max: finite, q025: finite, q975: finite, seeds: z.number().int(), paper: finite, paperPercentile: finite });
const rate = z.object({ holds: z.number().int(), of: z.number().int(), rate: finite, low: finite, high: finite, kind: z.enum(["claim", "statement"]), text: z.string(), where: z.string().optional(), paper: z.boolean() });
const ranking = z.object({
  scale: z.string(),
  metric: z.string(),
  paperOrder: z.array(z.string()),
  sameOrder: z.object({ holds: z.number().int(), of: z.number().int(), rate: finite, low: finite, high: finite }),
  places: z.record(z.string(), z.array(z.number().int())),
});
const sweepSchema = z.object({
  format: z.literal(SWEEP_FORMAT),
  ...header,
  numbers: z.record(z.string(), spread),
  published: z.record(z.string(), spread),
  claims: z.record(z.string(), rate),
  rankings: z.array(ranking),
});

function parsed<T>(file: string, shown: string, schema: z.ZodType<T>, bad: (why: string) => string, hint: string): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new SafetyGapError(bad(why.slice(0, 200)), { file: shown }, hint);
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new SafetyGapError(bad(`${issue.path.join(".") || "the file"}: ${issue.message}`.slice(0, 200)), { file: shown, path: issue.path.join(".") }, hint);
  }
  return r.data;
}

export const readPart = (file: string, shown: string): SweepPart =>
  parsed(file, shown, partSchema as unknown as z.ZodType<SweepPart>, msg.notAPart, msg.notAPartHint());

export const readSweep = (file: string, shown: string): SweepFile => parsed(file, shown, sweepSchema as unknown as z.ZodType<SweepFile>, msg.badSweepFile, msg.badSweepFileHint());
