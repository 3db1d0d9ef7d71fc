import { describe, expect, it } from "vitest";
import { loadParams } from "../../../src/study/params/load.js";
import { samplesCsv } from "../../../src/study/results/csv.js";
import { cellIds } from "../../../src/study/simulate/cells.js";
import { cellKey, type Samples } from "../../../src/study/simulate/types.js";

const { params } = loadParams("test/fixtures/model/model.yaml");

/** The CSV as plain string building would write it: the reference for the byte writer. */
function slowCsv(samples: Samples, names: (n: string) => string = (n) => n): string {
  let s = "scale,method,condition,benchmark,index,score\n";
  for (const c of cellIds(params)) {
    const x = samples.get(cellKey(c))!;
    for (let i = 0; i < x.length; i++) s += `${names(c.scale)},${names(c.method)},${names(c.condition)},${names(c.benchmark)},${i},${String(x[i])}\n`;
  }
  return s;
}

describe("samplesCsv(params, samples)", () => {
  it("writes the same bytes as string building: indices of 1 to 4 digits, scores of every shape String() gives", () => {
    const shapes = [0, 1, 0.1, 0.5, 1e-7, 1.5e-10, 5e-324, 0.30000000000000004, 0.12345678901234568, 2 ** -1074 * 3];
    const samples: Samples = new Map();
    for (const [k, c] of cellIds(params).entries()) {
      // The first cell long enough for 4-digit indices; the others short (the file stays small).
      const n = k === 0 ? 1234 : 3;
      samples.set(cellKey(c), Float64Array.from({ length: n }, (_, i) => shapes[(i + k) % shapes.length]!));
    }
    expect(new TextDecoder().decode(samplesCsv(params, samples))).toBe(slowCsv(samples));
  });

  it("grows its buffer when the estimate is short (long names) and encodes names as UTF-8, quoted when they hold a comma", () => {
    const long = "x".repeat(300);
    const renamed = { ...params, scales: params.scales.map((s, i) => (i === 0 ? `${long}é,${s}` : s)) };
    const samples: Samples = new Map();
    for (const c of cellIds(renamed)) samples.set(cellKey(c), Float64Array.of(0.25, 0.75));
    const got = new TextDecoder().decode(samplesCsv(renamed, samples));
    const first = got.split("\n")[1]!;
    expect(first).toBe(`"${long}é,${params.scales[0]}",${params.methods[0]},${params.conditions.treated},${params.benchmarks[0]!.name},0,0.25`);
    expect(got.split("\n")).toHaveLength(2 + 2 * cellIds(renamed).length);
  });

  /** A design of one benchmark at one scale and method, n = 1: the buffer starts at 64 + 48·2 = 160 bytes. */
  const oneCell = (benchmark: string) => ({
    ...params,
    scales: ["7B"],
    methods: ["M"],
    conditions: { treated: "AP", control: "NoAP" },
    benchmarks: [{ ...params.benchmarks[0]!, name: benchmark }],
    samplesPerCell: 1,
  });

  it("makes room for a line that does not fit, however long its name and score", () => {
    // A 100-byte prefix after the 46-byte header: the first line (prefix, "0,", a 19-character score, newline) ends
    // at byte 168, past the 160 first allocated; a line longer than twice the buffer grows it to the line's length.
    for (const b of ["b".repeat(91), "c".repeat(400)]) {
      const design = oneCell(b);
      const samples: Samples = new Map(cellIds(design).map((c) => [cellKey(c), Float64Array.of(0.30000000000000004)]));
      expect(new TextDecoder().decode(samplesCsv(design, samples))).toBe(
        `scale,method,condition,benchmark,index,score\n7B,M,AP,${b},0,0.30000000000000004\n7B,M,NoAP,${b},0,0.30000000000000004\n`,
      );
    }
  });

  it("doubles a quote inside a quoted name (RFC 4180)", () => {
    const design = oneCell('say "hi"');
    const samples: Samples = new Map(cellIds(design).map((c) => [cellKey(c), Float64Array.of(1)]));
    expect(new TextDecoder().decode(samplesCsv(design, samples))).toBe(
      'scale,method,condition,benchmark,index,score\n7B,M,AP,"say ""hi""",0,1\n7B,M,NoAP,"say ""hi""",0,1\n',
    );
  });
});
