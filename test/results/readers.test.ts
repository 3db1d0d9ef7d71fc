import { describe, expect, it } from "vitest";
import { RESULTS_FILE_READERS } from "../../src/results/readers.js";
import { builtinSource } from "../../src/sources.js";

describe("RESULTS_FILE_READERS", () => {
  it("is the built-in study's reader alone", () => {
    expect(RESULTS_FILE_READERS).toHaveLength(1);
    expect(RESULTS_FILE_READERS[0]).toBe(builtinSource.reader);
  });
});
