// A paper whose numbers come from its own command, built end to end from its config: the command runs
// once (a progress line on a terminal), its numbers reach the page, results.json is the normalized
// results, and a second build reuses them.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

function paper(): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-cmd-paper-"));
  mkdirSync(join(dir, "report", "paper"), { recursive: true });
  writeFileSync(join(dir, "study.js"), 'const p = require("./params.json");\nrequire("fs").writeFileSync("out.json", JSON.stringify({ seed: 4, numbers: { effect: { value: p.effect, se: 0.01, n: 20 } } }));\n');
  writeFileSync(join(dir, "params.json"), '{ "effect": 0.5 }');
  writeFileSync(join(dir, "safety-gap.config.yaml"), "results:\n  command: node study.js\n  inputs: [study.js, params.json]\n  output: out.json\noutput: { dir: built, pdf: false, site: false }\n");
  writeFileSync(join(dir, "report", "paper.yaml"), "title: T\nauthors: [A]\nyear: 2026\nconference: {}\npages: 1\n");
  writeFileSync(join(dir, "report", "tables.yaml"), "{}\n");
  writeFileSync(join(dir, "report", "references.bib"), "");
  writeFileSync(join(dir, "report", "paper", "01.md"), "# Results\n\nThe effect is {{ effect | f2 }} (SE {{ effect.se | f2 }}).\n");
  return dir;
}

async function build(cwd: string, args = ["build"]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: true, cwd, env: process.env });
  return { code, stdout, stderr };
}

describe("a paper with results from a command", () => {
  it("builds from its config: the command's numbers on the page, results.json normalized, then cached", async () => {
    const dir = paper();
    const first = await build(dir);
    expect(first.stderr).toBe("running node study.js …\n");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ {2}params +ran +\d+ ms {2}\(always runs\)\n {2}compute +ran +\d+ ms {2}\(no cache\)\n/);
    expect(JSON.parse(readFileSync(join(dir, "built", "results.json"), "utf8"))).toEqual({
      schemaVersion: 1,
      tool: { name: "safety-gap", version: JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")).version },
      seed: 4,
      paramsHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      sets: {},
      about: { effect: { n: 20 } },
      numbers: { effect: 0.5, "effect.se": 0.01 },
    });
    const html = readFileSync(join(dir, "built", "paper.html"), "utf8");
    expect(html).toContain('The effect is <span class="num" id="v1" data-key="effect">0.50</span>');
    const again = await build(dir);
    expect(again.stderr).toBe("results cached\n");
    expect(again.stdout).toMatch(/\n {2}compute +reused +\d+ ms {2}\(cached\)\n/);
  });

  it("compute runs the config's command into the config's output folder; --seed is refused for it", async () => {
    const dir = paper();
    const first = await build(dir, ["compute"]);
    expect(first.stderr).toBe("running node study.js …\n");
    expect(first.stdout).toMatch(/^safety-gap compute: wrote built\/results\.json \(2 numbers, [\d.]+ s, \d+ workers?\)\n$/);
    expect(first.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "built", "results.json"), "utf8")).numbers).toEqual({ effect: 0.5, "effect.se": 0.01 });
    const seeded = await build(dir, ["compute", "--seed", "3"]);
    expect(seeded.code).toBe(2);
    expect(seeded.stderr).toBe(
      "safety-gap compute: safety-gap.config.yaml (results): --seed overrides the built-in study's seed, but this paper's results come from `node study.js`\n" +
        "  fix: set the seed in the inputs your command reads (e.g. its parameter file), then run compute again\n",
    );
  });
});
