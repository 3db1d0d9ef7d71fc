/** Message texts for `safety-gap init` (`src/cli/commands/init.ts`). */
import { quoted } from "../text/shownValue.js";

export const notEmpty = (dir: string, entries: readonly string[]): string =>
  `cannot create a paper in ${quoted(dir)}: the folder is not empty (it holds ${entries.length === 1 ? quoted(entries[0]!) : `${entries.length} entries, e.g. ${quoted(entries[0]!)}`})`;
export const notEmptyHint = (): string => "Name a new or empty folder: safety-gap init my-paper.";
export const notAFolder = (dir: string): string => `cannot create a paper in ${quoted(dir)}: it is a file`;
export const unknownTemplate = (name: string, names: readonly string[]): string => `unknown template ${quoted(name)}; the templates are ${names.map((n) => `\`${n}\``).join(" and ")}`;
export const unknownTemplateHint = (best: string | undefined): string => (best !== undefined ? `did you mean \`${best}\`?` : "Pass --template node or --template python.");
export const created = (dir: string, files: number, template: string, cd: string): string =>
  `safety-gap init: created a paper in ${dir} (${files} files, template ${template}). Next:\n${cd ? `  cd ${cd}\n` : ""}  npx safety-gap build    # out/paper.html, out/paper.pdf, out/site/\n`;
