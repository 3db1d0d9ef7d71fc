/** Message texts for the paper renderer (`src/render`). */

const quote = (s: string): string => `"${s}"`;
const suggestion = (best: string | undefined): string => (best ? `; did you mean ${quote(best)}?` : "");

export const unknownKey = (key: string, best: string | undefined): string => `unknown results key ${quote(key)}${suggestion(best)}`;
export const unknownKeyHint = (): string => "spell the key as in results.numbers (see docs/results.md), or use * / $set for a segment";
export const emptyPattern = (pattern: string): string => `the pattern ${quote(pattern)} matches no results key`;
export const unknownHelper = (name: string, best: string | undefined): string => `unknown helper ${quote(name)}${suggestion(best)}`;
export const unknownFormat = (name: string, best: string | undefined): string => `unknown format ${quote(name)}${suggestion(best)}`;
export const unknownVariable = (name: string, best: string | undefined): string => `unknown variable ${quote("$" + name)}${suggestion(best && "$" + best)}`;
export const helperHint = (): string => "the helpers and formats are listed in docs/writing.md";
export const notFinite = (key: string, value: unknown): string => `results key ${quote(key)} is ${String(value)}, not a finite number`;
export const notFiniteHint = (): string => "rerun `safety-gap compute`; a NaN usually means a cell had zero variance";
export const badArity = (name: string, expected: string, got: number): string => `${name}() takes ${expected} argument${expected === "1" ? "" : "s"}, got ${got}`;
export const badArgument = (name: string, what: string): string => `${name}(): ${what}`;
export const syntax = (what: string): string => `template syntax error: ${what}`;
export const syntaxHint = (): string => "a placeholder is {{ expression | format }}; binary operators need spaces around them";
export const claimFailed = (what: string, key: string, value: number): string => `the sentence claims ${what}, but ${key} = ${String(value)}`;
export const claimHint = (): string => "the results no longer support this sentence: rewrite it (or let a helper choose the words)";
export const notANumber = (what: string): string => `${what} is a name or a list, not a single number`;
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
export const bibMissingField = (key: string, field: string): string => `entry ${quote(key)} has no ${field}`;
export const badDirective = (line: string): string => `unknown directive ${quote(line)}; expected "::: table tbl:<id>" or "::: figure fig:<id>"`;
export const unclosedDirective = (kind: string): string => `the ${kind} directive is not closed by a line ":::"`;
export const missingTemplateSlot = (slot: string): string => `templates/paper.html has no {{${slot}}} slot`;
export const figureFailed = (id: string, message: string): string => `figure ${quote(id)} failed: ${message}`;
