/**
 * An integer field's hint says that YAML rounded the value only when it did:
 * an integer written beyond 2^53 - 1 that reads back as another number. Every
 * other refused value keeps the field's own hint.
 */
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { safetyGapErrorOf as SafetyGapErrorOf } from "../../helpers/safetyGapError.js";
import type { parseParams as ParseParams } from "../../../src/study/params/load.js";

const FILE = "report/model.yaml";
const source = readFileSync(FILE, "utf8");
const FALLBACK = "docs/model.md describes every field.";

/**
 * Loaded anew for each test: the schema is built when modelSchema.ts loads,
 * and a mutation run sees which test reaches a line only while that test runs.
 */
let parseParams: typeof ParseParams;
let safetyGapErrorOf: typeof SafetyGapErrorOf;
beforeEach(async () => {
  vi.resetModules();
  // The helper too, so that it knows the SafetyGapError class of the fresh modules.
  [{ parseParams }, { safetyGapErrorOf }] = await Promise.all([import("../../../src/study/params/load.js"), import("../../helpers/safetyGapError.js")]);
});

/** The refused value's message and hint, with `from` replaced by `to`. */
function refused(from: string, to: string): { message: string; hint: string | undefined } {
  const edited = source.replace(from, to);
  expect(edited, `edit ${from} must apply`).not.toBe(source);
  const e = safetyGapErrorOf(() => parseParams(edited, FILE), to);
  return { message: e.message, hint: e.hint };
}

const SEED = "`seed` must be an integer from 0 to 2^53 - 1 = 9007199254740991, got";

describe("the rounded-integer hint", () => {
  it("is given when YAML read a written integer as another number", () => {
    expect(refused("seed: 42", "seed: +9007199254740993")).toEqual({
      message: `${SEED} 9007199254740992`,
      hint: "YAML read `+9007199254740993` as 9007199254740992: integers above 2^53 - 1 = 9007199254740991 are rounded (JavaScript numbers are doubles). Use a smaller value.",
    });
  });

  it("is not given for an integer read exactly, even with a plus sign: it is only too large", () => {
    expect(refused("seed: 42", "seed: 9007199254740992")).toEqual({ message: `${SEED} 9007199254740992`, hint: FALLBACK });
    expect(refused("seed: 42", "seed: +9007199254740992")).toEqual({ message: `${SEED} 9007199254740992`, hint: FALLBACK });
    expect(refused("seed: 42", "seed: 100000000000000000000")).toEqual({ message: `${SEED} 100000000000000000000`, hint: FALLBACK });
  });

  it("is not given for what is not written as a non-negative integer", () => {
    expect(refused("seed: 42", "seed: -100000000000000000001")).toEqual({ message: `${SEED} -100000000000000000000`, hint: FALLBACK });
    expect(refused("seed: 42", "seed: 100000000000000000001.5")).toEqual({ message: `${SEED} 100000000000000000000`, hint: FALLBACK });
    expect(refused("seed: 42", "seed: !!str +100000000000000000001")).toEqual({ message: `${SEED} \`+100000000000000000001\``, hint: FALLBACK });
  });

  it("is not given for a field that is not an integer, nor for a small value", () => {
    expect(refused("confidence: 0.95", "confidence: 100000000000000000001")).toEqual({
      message: "`bootstrap.confidence` must be a number strictly between 0 and 1, got 100000000000000000000",
      hint: FALLBACK,
    });
    expect(refused("sd: 0.0147", "sd: 100000000000000000001")).toEqual({
      message: "`noise.sd` must be a number from 1e-6 to 1, got 100000000000000000000",
      hint: "Use a value from 1e-6 (smaller noise nears the rounding of the scores, 1e-16, and leaves the t-tests no spread) to 1 (larger clips most scores to 0 or 1); the paper uses 0.0147.",
    });
    expect(refused("samplesPerCell: 500", "samplesPerCell: 1")).toEqual({
      message: "`samplesPerCell` must be an integer >= 2, with n × cells <= 10,000,000, got 1",
      hint: "Use at least 2 (a cell's SD and t-test need two samples) and at most 10,000,000 samples in all (each is kept in memory and written to data/samples.csv, ~160 bytes); the paper uses 500.",
    });
  });
});
