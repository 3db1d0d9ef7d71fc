/** Messages of the one results language (src/lang): key patterns, evaluation, functions, formats, key families, relations. */
import { quoted } from "../text/shownValue.js";

const quote = (s: string): string => quoted(s);
const suggestion = (best: string | undefined): string => (best ? `; did you mean ${quote(best)}?` : "");
export const keyEmptySegment = (): string => "empty key segment (two dots in a row, or a dot at an end)";
export const keyPartialWildcard = (seg: string): string => `'${seg}': a wildcard '*' stands for one whole segment, e.g. x.*.y`;
export const keyBadSegment = (seg: string): string => `'${seg}' is not a key segment (letters, digits, _ + - only)`;
export const keyBadBraces = (seg: string): string => `'${seg}': braces hold a variable {m} or alternatives {A,B}`;
export const keyBadSet = (seg: string): string => `'${seg}': a named set is $ and its name, e.g. $groups`;
export const keyUnboundVariable = (v: string, bound: readonly string[], best: string | undefined): string =>
  `'{${v}}' is not bound${bound.length ? ` (bound here: ${bound.map((b) => `{${b}}`).join(", ")})` : ""}${best ? `; did you mean '{${best}}'?` : ""}`;
export const keyUnknownSet = (name: string, known: readonly string[], best: string | undefined): string =>
  `unknown set '$${name}' (known: ${known.map((k) => `$${k}`).join(", ")})${best ? `; did you mean '$${best}'?` : ""}`;
export const keyWrongKind = (written: string, right: string): string =>
  right.startsWith("{") ? `${quote(written)} is a variable (one name): write ${quote(right)}` : `${quote(written)} is a set (a list of names): write ${quote(right)}`;
export const keyNamesHint = (): string => "{name} is a variable (one name: a quantifier's, a table's {row}, paper.yaml's vars), $name a named set; the sets are listed in docs/writing.md";

// Evaluation
export const noSuchNumber = (name: string, best: string | undefined): string => `no number named '${name}'${best ? `; did you mean '${best}'?` : ""}`;
export const unknownKeyHint = (): string => "spell the key as in results.numbers (see docs/results.md), or use * / $set for a segment";
export const patternMatchesNothing = (pattern: string): string => `the pattern \`${pattern}\` matches no number`;
export const closestKeyHint = (best: string | undefined): string => `closest key: ${best ?? "none"}`;
export const unknownFunction = (name: string, best: string | undefined, known: readonly string[]): string => `unknown function '${name}'${best ? `; did you mean '${best}'?` : ""} (known: ${known.join(", ")})`;
export const functionHint = (): string => "the functions and formats are listed in docs/writing.md";
export const badArity = (name: string, expected: string, got: number): string => `${name}() takes ${expected} argument${expected === "1" ? "" : "s"}, got ${got}`;
export const badArgument = (name: string, what: string): string => `${name}(): ${what}`;
export const listLengths = (op: string, a: number, b: number): string => `${op} on two lists needs lists of one length, but they have ${a} and ${b} numbers`;
export const claimFailed = (what: string, key: string, value: number): string => `the sentence claims ${what}, but ${key} = ${String(value)}`;
export const claimHint = (): string => "the results no longer support this sentence: rewrite it (or let a function choose the words)";
export const noName = (what: string): string => `${what} has no name: "name" prints the names a pattern's choices matched (e.g. min(x.*.y) | name), and this value comes from a single key`;
export const noNameHint = (): string => "use a number format (f4, pct1, ...) for a value; use a pattern with * or $set to pick a name";
export const notFinite = (key: string, value: unknown): string => `results key ${quote(key)} is ${String(value)}, not a finite number`;
export const notFiniteHint = (): string => "rerun `safety-gap compute`; a NaN usually means a cell had zero variance";
export const notFiniteExpr = (value: number): string => `this expression is ${String(value)}, not a finite number`;
export const notFiniteExprHint = (): string => "a division by zero, 0 / 0, or a number beyond the range of a double: check the expression";
export const trendNeedsTwo = (key: string): string => `trend() needs at least two values in every group (along the first wildcard), but ${key} is alone`;
export const trendHint = (): string => "give trend a pattern whose first wildcard is the axis, e.g. trend(x.*.y) (along the first wildcard)";

// Formats (`| f4`)
export const unknownFormat = (name: string, best: string | undefined): string => `unknown format ${quote(name)}${suggestion(best)}`;
export const formatDigits = (name: string, kind: string, max: number, best: string): string =>
  `unknown format ${quote(name)}: ${kind} prints 0 to ${max} decimal${max === 1 ? "" : "s"} (${kind}0…${kind}${max}); did you mean ${quote(best)}?`;
export const wordNeedsCount = (format: string, value: number): string => `format "${format}" prints a count (a whole number, 0 or more), but the value is ${String(value)}`;
export const wordHint = (): string => "use a number format such as f4 or pct1 for this value; word/Word spell out counts such as sizes.methods";
export const twoFormats = (first: string, second: string): string => `two formats that print the value: "${first}" and then "${second}"; keep one`;
export const formatsHint = (): string => "a placeholder has one format that prints the value (f4, pct1, word, name, ...), optionally followed by the modifiers sign / nolead; hide alone or last";
export const modifierAfterWord = (modifier: string, printer: string): string => `"${modifier}" modifies printed digits, but "${printer}" prints a word`;
export const modifierFirst = (modifier: string): string => `"${modifier}" modifies a printed number: put a number format before it`;
export const hideNotLast = (next: string): string => `"hide" prints nothing, so "${next}" after it would be ignored: hide must be the last format (or the only one)`;
export const notANumber = (what: string): string => `${what} is a name or a list, not a single number`;
export const listNeedsReducing = (text: string): string => notANumber(`${quote(text)} is a list: reduce it with min/max/mean/range first; it`);
export const formatNeedsNumber = (format: string, name: string): string => `format "${format}" needs a number, but the value is the name "${name}"`;
export const needsFormat = (): string => "a number needs a format, e.g. | f4";
export const notAValue = (): string => "a placeholder computes a value: comparisons and quantifiers belong in claims.yaml";
export const relationTitle = (id: string): string => `relation '${id}'`;
