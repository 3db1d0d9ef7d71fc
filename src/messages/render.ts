/** Message texts for the paper renderer (`src/render`). */

import { quoted } from "../text/shownValue.js";

const quote = (s: string): string => quoted(s);
const suggestion = (best: string | undefined): string => (best ? `; did you mean ${quote(best)}?` : "");

export const syntax = (what: string): string => `template syntax error: ${what}`;
export const syntaxHint = (): string => "a placeholder is {{ expression | format }}; binary operators need spaces around them";
export const unknownLabel = (label: string, best: string | undefined): string => `unknown label ${quote("@" + label)}${suggestion(best)}`;
export const labelHint = (): string => "labels are declared with {#sec:x} on a heading, {#eq:x} after $$...$$, ::: table tbl:x or ::: figure fig:x";
export const duplicateLabel = (label: string): string => `label ${quote(label)} is declared twice`;
export const unknownCitation = (key: string, best: string | undefined): string => `unknown citation key ${quote(key)}${suggestion(best)}`;
export const citationHint = (): string => "add the entry to report/references.bib or fix the key";
export const texError = (message: string): string => `invalid TeX: ${message}`;
export const texHint = (): string => "check the formula with https://katex.org/docs/supported.html (offline copy: node_modules/katex/README.md)";
export const unknownTable = (id: string, best: string | undefined): string => `unknown table ${quote(id)}${suggestion(best)}`;
export const tableHint = (): string => "tables are defined in report/tables.yaml";
export const badTable = (what: string): string => `invalid table definition: ${what}`;
export const bibSyntax = (what: string): string => `BibTeX syntax error: ${what}`;
export const bibSyntaxHint = (): string => "write each entry as @type{key, field = {value}, ...} (values in braces or double quotes, or a number or @string name)";
export const bibUnclosedBrace = (): string => "this { is never closed";
export const bibUnclosedBraceHint = (): string => "add the missing } (each entry and each braced value closes with its own }), or remove this {";
export const bibStrayBrace = (): string => "this } closes nothing";
export const bibStrayBraceHint = (): string => "remove it, or add the { it was meant to close";
export const bibMissingField = (key: string, field: string): string => `entry ${quote(key)} has no ${field}`;
export const badDirective = (line: string): string => `unknown directive ${quote(line)}; expected "::: table tbl:<id>" or "::: figure fig:<id>"`;
export const unclosedDirective = (kind: string): string => `the ${kind} directive is not closed by a line ":::"`;
export const missingTemplateSlot = (slot: string): string => `templates/paper.html has no {{${slot}}} slot`;
export const figureFailed = (id: string, message: string): string => `figure ${quote(id)} failed: ${message}`;
export const emptyTemplateSlot = (slot: string, best: string | undefined): string => `templates/paper.html: slot {{${slot}}} has no value${best ? `; did you mean {{${best}}}?` : ""}`;
export const noPaperFiles = (): string => "has no Markdown files (*.md): the paper would have no text";
export const noPaperFilesHint = (): string => "put the text in report/paper/, one file per part, read in file-name order (00-abstract.md, 01-introduction.md, ...)";
export const texRefused = (command: string): string => `${command} is not allowed in the paper's math (links and images would be typeset as red error text)`;
export const texRefusedHint = (): string => "write links in Markdown outside the math ([text](url)) and images as ::: figure; in math, use \\text{...} for words";
export const inlineDisplayMath = (): string => "$$ inside a paragraph: display math is a block of its own, and inline $$...$$ printed as \"$\" + math + \"$\"";
export const inlineDisplayMathHint = (): string => "for display math put $$ on its own line after a blank line (and the closing $$ on its own line, optionally with {#eq:name}); inline math is $...$; a literal dollar is \\$";
export const unclosedInlineMath = (spaceBeforeClose: boolean): string =>
  spaceBeforeClose ? "inline math opened here is not closed: the next $ follows a space, so it cannot close it" : "inline math opened here is not closed by a $ in this paragraph";
export const unclosedInlineMathHint = (): string => "close the formula with $ (no space before it: $x + y$); for a literal dollar sign write \\$";
export const unclosedDisplayMath = (): string => "display math opened here is not closed by $$";
export const unclosedDisplayMathHint = (): string => "end the formula with a line $$ (optionally followed by a label {#eq:name})";
export const textAfterDisplayMath = (): string => "text after the closing $$: only an equation label {#eq:name} may follow it on its line";
export const equationLabelHint = (): string => "label an equation with {#eq:name} after the closing $$ (name: letters, digits, - and _), and cite it as @eq:name";
const a = (what: string): string => (/^[aeiou]/.test(what) ? `an ${what}` : `a ${what}`);
/** A label declared with the wrong prefix, no name, or characters a reference cannot read. */
const badLabel = (prefix: "eq" | "sec", what: string, reads: string, label: string): string => {
  if (label === "" || label === `${prefix}:`) return `the ${what} label {#${label}} has no name`;
  const kind = /^(sec|eq|tbl|fig):/.exec(label)?.[1];
  if (kind && kind !== prefix) return `${a(what)} label starts with "${prefix}:", not "${kind}:" (@${label} would read "${reads}"); did you mean ${quote(`${prefix}:` + label.slice(kind.length + 1))}?`;
  return `${quote(label)} is not ${a(what)} label: it is "${prefix}:" followed by letters, digits, - and _ (no spaces)`;
};
export const badEquationLabel = (label: string): string => badLabel("eq", "equation", "Eq. (n)", label);
export const badSectionLabel = (label: string): string => badLabel("sec", "section", "Section n", label);
export const unclosedFrontMatter = (): string => "front matter opened by the line --- is not closed by a line ---";
export const unclosedFrontMatterHint = (): string => "end the front matter with a line --- (a file that starts with --- starts front matter); the keys are listed in docs/writing.md";
export const unknownDirectiveParam = (kind: string, name: string, best: string | undefined): string => `unknown parameter ${quote(name)} for a ${kind}${suggestion(best)}`;
export const duplicateDirectiveParam = (name: string): string => `parameter ${quote(name)} is given twice`;
export const badDirectiveParam = (name: string, value: string, allowed: readonly string[] | undefined, best: string | undefined): string =>
  `${name}=${value}: ${allowed ? `${name} is ${allowed.join(" or ")}` : "not a valid value"}${suggestion(best)}`;
export const directiveParamsHint = (kind: string, name: string): string =>
  kind === "figure" && name === "scale"
    ? "a figure's scale is set in its spec (report/figures/<id>.vl.json, params.scale); a figure takes spec=<id> and wide=true|false"
    : kind === "table"
      ? "a table takes scale=<scale> (one of the results' scales) and wide=true|false"
      : "a figure takes spec=<id> (report/figures/<id>.vl.json) and wide=true|false";
export const unknownScale = (scale: string, best: string | undefined): string => `scale=${scale}: unknown scale${suggestion(best)}`;
export const unknownScaleHint = (scales: readonly string[]): string => `the scales are ${scales.join(", ")} (report/model.yaml)`;
export const keyAndCell = (header: string): string => `column "${header}" has both "key" and "cell": keep one (the cell was ignored)`;
export const formatWithoutKey = (header: string): string => `column "${header}": "format" goes with "key" (a "cell" formats its own placeholders)`;
export const duplicateBibKey = (key: string, firstLine: number): string => `citation key ${quote(key)} is declared twice (first on line ${firstLine})`;
export const duplicateBibField = (key: string, field: string): string => `entry ${quote(key)} has the field ${quote(field)} twice`;
export const duplicateBibHint = (): string => "keep one: the later one replaced the earlier without a word";
export const rawHtmlElement = (name: string): string => `raw HTML <${name}> is not allowed in the paper's Markdown`;
export const rawHtmlDangerousElement = (name: string): string =>
  `raw HTML <${name}> is not allowed in the paper's Markdown: it can run a script, load a file or a URL, or change the page (the page is printed by a browser on the machine that builds it)`;
export const rawHtmlElementHint = (name: string, allowed: readonly string[]): string =>
  `${name === "img" || name === "svg" || name === "picture" ? "put a figure in a ::: figure directive (docs/figures.md); otherwise " : ""}remove the tag or write it with Markdown; raw HTML may use only ${allowed.map((e) => `<${e}>`).join(" ")} (docs/writing.md, "Raw HTML")`;
export const rawHtmlDoctype = (): string => "a <!DOCTYPE> in the paper's Markdown: the text is part of one page, not a document";
export const rawHtmlEventHandler = (element: string, attribute: string): string => `the attribute ${attribute} of <${element}> runs a script: event handlers are not allowed in the paper's Markdown`;
export const rawHtmlStyle = (element: string): string => `the attribute style of <${element}> is not allowed in the paper's Markdown (CSS can load URLs); the look is set in templates/*.css`;
export const rawHtmlAttribute = (element: string, attribute: string): string => `the attribute ${attribute} of <${element}> is not allowed in the paper's Markdown`;
export const rawHtmlAttributeHint = (element: string, allowed: readonly string[]): string => `remove the attribute; <${element}> may have ${allowed.join(", ")} (docs/writing.md, "Raw HTML")`;
export const rawHtmlUrl = (element: string, url: string, problem: "remote" | "scheme"): string =>
  problem === "remote"
    ? `<${element}> points at the remote URL ${quote(url)}: raw HTML may not reach the network`
    : `<${element}> points at the URL ${quote(url)}, whose scheme is not allowed (javascript:, file:, data: and the like run or read something)`;
export const rawHtmlUrlHint = (): string => "link within the paper (#id) or to a relative path; for a web link write Markdown, [text](https://...), which is printed, not fetched";
export const remoteImage = (url: string): string => `the image ${quote(url)} is remote: the paper is built offline and may not reach the network`;
export const remoteImageHint = (): string => "put the image in the report folder and use a relative path, or make it a ::: figure (docs/figures.md)";
export const varReplacesSet = (name: string): string => `the variable ${quote(name)} would replace the set $${name} that templates use`;
export const badVarName = (name: string): string => `${quote(name)} is not a variable name: letters, digits and _, without the $ (used as {name})`;
export const unknownVarValue = (name: string, value: string, best: string | undefined): string =>
  `the variable ${quote(name)} is ${quote(value)}, which is no name of the results' sets${suggestion(best)}`;
export const varHint = (names: readonly string[]): string =>
  `a variable of vars: names one of ${names.join(", ")} (the results' sets), e.g. x: A for a key pattern such as a.{x}.b`;
export const unclosedDirectiveHint = (kind: string): string =>
  `end the ${kind} with a line ":::" after its caption (::: ${kind} ${kind === "table" ? "tbl" : "fig"}:<id>, the caption, then :::)`;
export const missingTemplateSlotHint = (slot: string): string =>
  `put {{${slot}}} in templates/paper.html where the ${slot === "body" ? "paper's text" : slot} goes (docs/writing.md lists the slots)`;
export const emptyTemplateSlotHint = (slots: readonly string[]): string => `the slots are ${slots.map((s) => `{{${s}}}`).join(", ")}; remove this one or fix its spelling`;
