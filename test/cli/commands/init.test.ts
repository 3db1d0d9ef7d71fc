// `safety-gap init [DIR]`: the scaffold's files, each YAML file pointing at its JSON Schema in the
// package, the study's command named in the config; a folder that is not empty is refused.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../review/cliHarness.js";

const root = join(import.meta.dirname, "..", "..", "..");

function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  walk(dir, "");
  return out.sort();
}

const COMMON = [
  ".github/workflows/build.yml",
  ".gitignore",
  "README.md",
  "params.json",
  "report/claims.yaml",
  "report/figures/arms.vl.json",
  "report/paper.yaml",
  "report/paper/00-abstract.md",
  "report/paper/01-results.md",
  "report/published.yaml",
  "report/references.bib",
  "report/tables.yaml",
  "safety-gap.config.yaml",
];

describe("safety-gap init", () => {
  it("creates the node template's paper in a new folder and says what to run next", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "sg-init-"));
    const r = await runCli(["init", "my-paper"], cwd);
    expect(r).toEqual({ code: 0, stderr: "", stdout: "safety-gap init: created a paper in my-paper (14 files, template node). Next:\n  cd my-paper\n  npx safety-gap build    # out/paper.html, out/paper.pdf, out/site/\n" });
    const paper = join(cwd, "my-paper");
    expect(filesOf(paper)).toEqual([...COMMON, "study.mjs"].sort());
    expect(readFileSync(join(paper, "safety-gap.config.yaml"), "utf8")).toContain("  command: node study.mjs ");
    expect(JSON.parse(readFileSync(join(paper, "params.json"), "utf8")).seed).toBe(7);
  });

  it("points every YAML file at its schema in the package, by a path from that file", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "sg-init-"));
    await runCli(["init", "deep/paper"], cwd);
    const paper = join(cwd, "deep", "paper");
    const yamls = filesOf(paper).filter((f) => f.endsWith(".yaml"));
    expect(yamls).toEqual(["report/claims.yaml", "report/paper.yaml", "report/published.yaml", "report/tables.yaml", "safety-gap.config.yaml"]);
    for (const f of yamls) {
      const first = readFileSync(join(paper, f), "utf8").split("\n")[0]!;
      const pointer = /^# yaml-language-server: \$schema=(.+\.schema\.json)$/.exec(first)?.[1];
      expect(pointer, f).toBeDefined();
      const target = resolve(dirname(join(paper, f)), pointer!);
      expect(target, f).toBe(join(root, "schemas", f === "safety-gap.config.yaml" ? "config.schema.json" : f.replace("report/", "").replace(".yaml", ".schema.json")));
      expect(existsSync(target), f).toBe(true);
    }
    // The results file the study writes points at its schema too.
    expect(readFileSync(join(paper, "study.mjs"), "utf8")).toContain(`$schema: "${relative(paper, join(root, "schemas"))}/results.schema.json"`);
  });

  it("--template python takes the results from analysis.py", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "sg-init-"));
    const r = await runCli(["init", "--template", "python"], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("safety-gap init: created a paper in . (14 files, template python). Next:\n  npx safety-gap build    # out/paper.html, out/paper.pdf, out/site/\n");
    expect(filesOf(cwd)).toEqual([...COMMON, "analysis.py"].sort());
    expect(readFileSync(join(cwd, "safety-gap.config.yaml"), "utf8")).toContain("  command: python3 analysis.py ");
  });

  it("refuses a folder that is not empty, a file, and an unknown template, creating nothing", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "sg-init-"));
    mkdirSync(join(cwd, "taken"));
    writeFileSync(join(cwd, "taken", "notes.txt"), "mine");
    expect(await runCli(["init", "taken"], cwd)).toEqual({
      code: 2,
      stdout: "",
      stderr: 'safety-gap init: taken: cannot create a paper in "taken": the folder is not empty (it holds "notes.txt")\n  fix: Name a new or empty folder: safety-gap init my-paper.\n',
    });
    writeFileSync(join(cwd, "taken", "more.txt"), "");
    expect((await runCli(["init", "taken"], cwd)).stderr.split("\n")[0]).toBe('safety-gap init: taken: cannot create a paper in "taken": the folder is not empty (it holds 2 entries, e.g. "more.txt")');
    expect((await runCli(["init", "taken/notes.txt"], cwd)).stderr.split("\n")[0]).toBe('safety-gap init: taken/notes.txt: cannot create a paper in "taken/notes.txt": it is a file');
    expect(await runCli(["init", "new", "--template", "pyhton"], cwd)).toEqual({
      code: 2,
      stdout: "",
      stderr: 'safety-gap init: (command line): unknown template "pyhton"; the templates are `node` and `python`\n  fix: did you mean `python`?\n',
    });
    expect(filesOf(cwd)).toEqual(["taken/more.txt", "taken/notes.txt"]);
  });
});
