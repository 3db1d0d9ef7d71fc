/**
 * `safety-gap init`'s arguments in this process: a second folder, an empty
 * folder that exists, the template named explicitly, a template with no
 * near name. (test/cli/commands/init.test.ts covers the files it writes.)
 */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../inProcess/runCli.js";

let cwd = "";
afterEach(() => {
  if (cwd) rmSync(cwd, { recursive: true, force: true });
});

const NEXT = (dir: string, template: string): string =>
  `safety-gap init: created a paper in ${dir} (14 files, template ${template}). Next:\n  cd ${dir}\n  npx safety-gap build    # out/paper.html, out/paper.pdf, out/site/\n`;

describe("safety-gap init: arguments", () => {
  it("refuses a second folder, creating nothing", async () => {
    cwd = mkdtempSync(join(tmpdir(), "sg-init-unit-"));
    expect(await cli(["init", "a", "b"], cwd)).toEqual({ code: 2, out: "", err: "safety-gap init: (command line): unexpected argument `b`\n  fix: See `safety-gap init --help`.\n" });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("creates the paper in an empty folder that exists, with the node template named or not", async () => {
    cwd = mkdtempSync(join(tmpdir(), "sg-init-unit-"));
    mkdirSync(join(cwd, "empty"));
    expect(await cli(["init", "empty", "--template", "node"], cwd)).toEqual({ code: 0, out: NEXT("empty", "node"), err: "" });
    expect(readdirSync(join(cwd, "empty")).includes("study.mjs")).toBe(true);
  });

  it("refuses a template with no near name, saying which to pass", async () => {
    cwd = mkdtempSync(join(tmpdir(), "sg-init-unit-"));
    expect(await cli(["init", "p", "--template", "rust"], cwd)).toEqual({
      code: 2,
      out: "",
      err: 'safety-gap init: (command line): unknown template "rust"; the templates are `node` and `python`\n  fix: Pass --template node or --template python.\n',
    });
    expect(await cli(["init", "p", "--template", "nod"], cwd)).toEqual({ code: 2, out: "", err: 'safety-gap init: (command line): unknown template "nod"; the templates are `node` and `python`\n  fix: did you mean `node`?\n' });
    expect(readdirSync(cwd)).toEqual([]);
  });
});
