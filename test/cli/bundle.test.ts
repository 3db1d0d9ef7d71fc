// The installed command, `bin/safety-gap.js`, runs the bundle dist/bundle/main.js
// (scripts/dist.js, step 2; vitest runs after `node scripts/dist.js`). The
// paths its modules make from import.meta.url (package.json, the wasm kernel,
// the worker files) must resolve as they do in dist/<dir>/: checked end to end.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadParams } from "../../src/study/params/load.js";
import { computeResults } from "../../src/study/results/computeResults.js";
import { serializeResults } from "../../src/study/results/serialize.js";

const out = mkdtempSync(join(tmpdir(), "sg-bundle-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
// SAFETY_GAP_KERNEL=wasm: a kernel not found is an error instead of the TypeScript fallback.
const cli = (...args: string[]): string =>
  execFileSync(process.execPath, ["bin/safety-gap.js", ...args], { encoding: "utf8", env: { ...process.env, SAFETY_GAP_KERNEL: "wasm" } });

describe("bin/safety-gap.js (the bundle)", () => {
  it("prints package.json's version", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(cli("--version")).toBe(`${version}\n`);
  });

  it("runs compute, with the command's help and exit codes", async () => {
    const { compute } = await import("../../src/cli/commands/compute.js");
    expect(cli("compute", "--help")).toBe(compute.help);
    let status = 0;
    try {
      cli("compute", "--workers", "0");
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status).toBe(2);
  });

  it("computes on two threads (wasm kernel and bundled worker) the bytes computed here in one", async () => {
    cli("compute", "--report", "test/fixtures/model", "--out", out, "--workers", "2", "--quiet");
    const { params } = loadParams("test/fixtures/model/model.yaml");
    const { results } = await computeResults(params, { workers: 1 });
    expect(readFileSync(join(out, "results.json"), "utf8")).toBe(serializeResults(results));
  });
});
