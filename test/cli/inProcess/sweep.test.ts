/**
 * sweep, sweep merge and compute with the built-in study, run in this
 * process on the small test model (test/fixtures/model): what each writes,
 * prints, and refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, untimed } from "./runCli.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sg-cli-sweep-"));
  cpSync(join(import.meta.dirname, "..", "..", "fixtures", "model"), join(dir, "report"), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sweep", () => {
  it("writes out/sweep.json for two seeds, with a progress bar on a terminal", async () => {
    const r = await cli(["sweep", "--seeds", "1..2", "--workers", "1"], dir, true);
    expect(r.code).toBe(0);
    expect(untimed(r.out)).toBe("safety-gap sweep: wrote out/sweep.json (2 seeds, 1404 numbers, 0 claims and statements, T s)\n");
    expect(r.err).toBe("\rsweep [###############---------------] 1/2 seeds\rsweep [##############################] 2/2 seeds\n");
    const sweep = JSON.parse(readFileSync(join(dir, "out", "sweep.json"), "utf8")) as { seeds: number[] };
    expect(sweep.seeds).toEqual([1, 2]);
  });

  it("writes compact parts with --shard, which merge writes as one sweep.json", async () => {
    for (const i of [1, 2]) {
      const r = await cli(["sweep", "--seeds", "3,4,5", "--shard", `${i}/2`, "--out", "parts", "--workers", "1", "--report", "report"], dir);
      expect(r.code).toBe(0);
      expect(untimed(r.out)).toBe(`safety-gap sweep: wrote parts/sweep-part-${i}-of-2.json (${3 - i} seed${i === 1 ? "s" : ""}, 1404 numbers, 0 claims and statements, T s)\n`);
      expect(r.err).toBe("");
    }
    const part = readFileSync(join(dir, "parts", "sweep-part-1-of-2.json"), "utf8");
    expect(part.split("\n").length).toBe(2);
    const merged = await cli(["sweep", "merge", "parts/sweep-part-2-of-2.json", "parts/sweep-part-1-of-2.json", "--out", "whole"], dir);
    expect(merged).toEqual({ code: 0, out: "safety-gap sweep: wrote whole/sweep.json (3 seeds, 1350 numbers, 0 claims and statements)\n", err: "" });
    expect((JSON.parse(readFileSync(join(dir, "whole", "sweep.json"), "utf8")) as { seeds: number[] }).seeds).toEqual([3, 4, 5]);
    expect(readdirSync(join(dir, "whole"))).toEqual(["sweep.json"]);
    expect(await cli(["sweep", "merge", "parts/sweep-part-2-of-2.json", "parts/sweep-part-1-of-2.json", "-q"], dir)).toEqual({ code: 0, out: "", err: "" });
    expect(readFileSync(join(dir, "out", "sweep.json"), "utf8")).toBe(readFileSync(join(dir, "whole", "sweep.json"), "utf8"));
  });

  it("bootstraps every comparison with --full: more numbers", async () => {
    const r = await cli(["sweep", "--seeds", "1,2", "--workers", "1", "--full", "--out", "full"], dir);
    expect(untimed(r.out)).toBe("safety-gap sweep: wrote full/sweep.json (2 seeds, 1764 numbers, 0 claims and statements, T s)\n");
  });

  it("prints nothing with --quiet, also on a terminal, and allows one seed in a shard", async () => {
    expect(await cli(["sweep", "--seeds", "9", "--shard", "1/1", "--out", "one", "--quiet", "--workers", "1"], dir, true)).toEqual({ code: 0, out: "", err: "" });
    expect(readdirSync(join(dir, "one"))).toEqual(["sweep-part-1-of-1.json"]);
  });

  it("reads the report's claims.yaml and published.yaml when there are (a broken one is refused)", async () => {
    const other = mkdtempSync(join(tmpdir(), "sg-cli-sweep-claims-"));
    try {
      cpSync(join(dir, "report"), join(other, "report"), { recursive: true });
      writeFileSync(join(other, "report", "claims.yaml"), "[]\n");
      const claims = await cli(["sweep", "--seeds", "1,2", "--workers", "1"], other);
      expect(claims).toEqual({ code: 2, out: "", err: `safety-gap sweep: ${other}/report/claims.yaml:1:1: the claims file must be a mapping (key: value lines), got a list\n  1 | []\n      ^^\n  fix: docs/review.md describes every field.\n` });
      rmSync(join(other, "report", "claims.yaml"));
      writeFileSync(join(other, "report", "published.yaml"), "[]\n");
      const published = await cli(["sweep", "--seeds", "1,2", "--workers", "1"], other);
      expect(published.code).toBe(2);
      expect(published.err.split("\n")[0]).toBe(`safety-gap sweep: ${other}/report/published.yaml:1:1: the published-numbers file must be a mapping (key: value lines), got a list`);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("refuses bad arguments with exit 2", async () => {
    const refusals: [string[], string][] = [
      [["sweep"], "sweep needs --seeds\n  fix: Give a range, --seeds 1..20, or a list, --seeds 3,7,11 (whole numbers from 0 to 2^53 - 1).\n"],
      [["sweep", "--seeds", "4"], "--seeds names 1 seed; a spread needs at least 2\n  fix: Give a range, --seeds 1..20, or a list, --seeds 3,7,11 (whole numbers from 0 to 2^53 - 1).\n"],
      [["sweep", "--seeds", "1,2", "--shard", "3/2"], '--shard "3/2" is not i/N with 1 <= i <= N\n  fix: Write the shard as i/N, e.g. --shard 2/4 for the second of four parts.\n'],
      [["sweep", "merge"], "sweep merge needs at least one part file\n  fix: Name every part: safety-gap sweep merge parts/sweep-part-*.json --out DIR.\n"],
      [["sweep", "merge", "--seeds", "1"], "unknown option `--seeds`\n  fix: See `safety-gap sweep --help`.\n"],
      [["sweep", "--seeds", "1,2", "--workers", "0"], "`--workers` must be an integer >= 1, got `0`\n  fix: Pass e.g. --workers 1; see `safety-gap sweep --help`.\n"],
    ];
    for (const [argv, err] of refusals) expect(await cli(argv, dir), argv.join(" ")).toEqual({ code: 2, out: "", err: `safety-gap sweep: (command line): ${err}` });
    // A part that is not one: the location names the file once, the message says what it is not.
    writeFileSync(join(dir, "not-a-part.json"), "[]");
    expect(await cli(["sweep", "merge", "not-a-part.json"], dir)).toEqual({
      code: 2,
      out: "",
      err: "safety-gap sweep: not-a-part.json: not a sweep part file written by safety-gap sweep --shard i/N (the file: Invalid input: expected object, received array)\n  fix: Pass the files that sweep --shard wrote (sweep-part-<i>-of-<N>.json).\n",
    });
    const out = await cli(["sweep", "--seeds", "1,2", "--out", "report"], dir);
    expect(out.code).toBe(2);
    expect(out.err.split("\n")[0]).toBe("safety-gap sweep: (command line) (--out): report is the report folder: the build replaces what it writes in the output folder, so it would overwrite the paper's source");
  });
});

describe("compute with the built-in study", () => {
  it("writes results.json and the data files, with --seed, and a progress line ended on a terminal", async () => {
    const r = await cli(["compute", "--seed", "11", "--workers", "1", "--out", "seeded"], dir, true);
    expect(r.code).toBe(0);
    expect(untimed(r.out)).toBe("safety-gap compute: wrote seeded/results.json, seeded/data/samples.csv, seeded/data/summary-1B.csv, seeded/data/summary-7B.csv, seeded/data/summary-13B.csv (1710 numbers, T s, 1 worker)\n");
    expect(r.err.endsWith("\n")).toBe(true);
    expect(r.err.startsWith("\r")).toBe(true);
    expect((JSON.parse(readFileSync(join(dir, "seeded", "results.json"), "utf8")) as { seed: number }).seed).toBe(11);
  });

  it("reads the parameters from --report, relative to the working folder", async () => {
    cpSync(join(dir, "report"), join(dir, "model-dir"), { recursive: true });
    const r = await cli(["compute", "--report", "model-dir", "--seed", "12", "--workers", "1", "--out", "from-model-dir"], dir);
    expect(untimed(r.out)).toBe("safety-gap compute: wrote from-model-dir/results.json, from-model-dir/data/samples.csv, from-model-dir/data/summary-1B.csv, from-model-dir/data/summary-7B.csv, from-model-dir/data/summary-13B.csv (1710 numbers, T s, 1 worker)\n");
    rmSync(join(dir, "report", "model.yaml"));
    try {
      expect((await cli(["compute", "--report", "model-dir", "--quiet", "--workers", "1", "--out", "from-model-dir"], dir)).code).toBe(0);
    } finally {
      cpSync(join(dir, "model-dir", "model.yaml"), join(dir, "report", "model.yaml"));
    }
  });

  it("refuses an output folder that is the report folder before it simulates", async () => {
    const r = await cli(["compute", "--out", "report", "--quiet"], dir);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe("safety-gap compute: (command line) (--out): report is the report folder: the build replaces what it writes in the output folder, so it would overwrite the paper's source");
  });
});
