/**
 * `safety-gap init [DIR] [--template node|python]`: a new paper that builds
 * at once, copied from the package's scaffold/ (common/ plus the template's
 * own files). `_gitignore` and `_github/` are stored so because npm pack
 * leaves out `.gitignore`; each `@SCHEMAS@` becomes the path from its file
 * to the package's schemas/, so an editor finds the JSON Schemas.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { SafetyGapError } from "../../errors.js";
import * as msg from "../../messages/init.js";
import * as cliMsg from "../../messages/cli.js";
import { packageRoot } from "../../pipeline/packageRoot.js";
import { closest } from "../../text/closest.js";
import { shownPath } from "../../text/shownPath.js";
import type { Command } from "../command.js";
import { parseOptions } from "../parseOptions.js";

/** The templates: where the paper's numbers come from. */
export const TEMPLATES = ["node", "python"] as const;

const help = `usage: safety-gap init [DIR] [--template node|python]

Creates a new paper in DIR (default: the current folder), which must be new
or empty: a seeded example study whose command writes the results, the
paper's text with bound numbers and an equation, a table, a Vega-Lite
figure, a claim, published numbers with a consistency relation,
references.bib, safety-gap.config.yaml, a README, a .gitignore and a GitHub
workflow. It builds at once: cd DIR && npx safety-gap build.

options:
  --template T   node (default): the study is study.mjs, with this
                 package's NumPy-exact generator (safety-gap/random);
                 python: analysis.py, standard library only (python3)

examples:
  safety-gap init my-paper
  safety-gap init my-paper --template python
`;

export const initCommand: Command = {
  name: "init",
  help,
  async run(args, io) {
    const { values, positionals } = parseOptions("init", args, { template: { type: "string" } }, true);
    if (positionals.length > 1) throw new SafetyGapError(cliMsg.unexpectedArgument(positionals[1]!), { file: "(command line)" }, cliMsg.seeHelp("init"));
    const template = values.template ?? "node";
    if (!(TEMPLATES as readonly string[]).includes(template))
      throw new SafetyGapError(msg.unknownTemplate(template, TEMPLATES), { file: "(command line)" }, msg.unknownTemplateHint(closest(template, TEMPLATES)));
    const target = resolve(io.cwd, positionals[0] ?? ".");
    const shown = shownPath(io.cwd, target);
    if (existsSync(target)) {
      if (!statSync(target).isDirectory()) throw new SafetyGapError(msg.notAFolder(shown), { file: shown }, msg.notEmptyHint());
      const entries = readdirSync(target).sort();
      if (entries.length > 0) throw new SafetyGapError(msg.notEmpty(shown, entries), { file: shown }, msg.notEmptyHint());
    }
    const scaffold = join(packageRoot(), "scaffold");
    const files = [...scaffoldFiles(join(scaffold, "common")), ...scaffoldFiles(join(scaffold, template))];
    const schemas = join(packageRoot(), "schemas");
    for (const { from, to } of files) {
      const dest = join(target, to);
      mkdirSync(dirname(dest), { recursive: true });
      const toSchemas = relative(dirname(dest), schemas).split("\\").join("/") || ".";
      writeFileSync(dest, readFileSync(from, "utf8").replaceAll("@SCHEMAS@", toSchemas));
    }
    io.stdout(msg.created(shown, files.length, template, shown === "." ? "" : shown));
    return 0;
  },
};

/** The files of a scaffold folder: source path and path in the new paper (`_gitignore` -> `.gitignore`, `_github/` -> `.github/`). */
function scaffoldFiles(root: string): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const from = join(dir, e.name);
      if (e.isDirectory()) walk(from);
      else out.push({ from, to: relative(root, from).split("\\").join("/").replace(/(^|\/)_(gitignore|github)\b/g, "$1.$2") });
    }
  };
  walk(root);
  return out;
}
