/** Message texts for the figure specs (`report/figures/*.vl.json`, `src/render/figures`). */

const didYouMean = (closest: string | undefined): string => (closest ? ` Did you mean "${closest}"?` : "");
const list = (names: Iterable<string>): string => [...names].map((n) => `"${n}"`).join(", ");

export const figureNotFound = (id: string, dir: string, available: string[]): string =>
  `figure "${id}" has no spec: ${dir}/${id}.vl.json does not exist (figures: ${available.join(", ") || "none"})`;
export const figureNotFoundHint = (id: string): string => `create report/figures/${id}.vl.json (see docs/figures.md) or fix the figure id`;

export const figureNotJson = (detail: string): string => `figure spec is not valid JSON: ${detail}`;
export const figureNotJsonHint = (): string => "fix the JSON syntax at the marked position (strings in double quotes, no trailing commas, no comments)";

export const figureNotObject = (): string => "a figure spec must be a JSON object (a Vega-Lite top-level spec)";
export const figureNotObjectHint = (): string => 'start the file with { "$schema": "https://vega.github.io/schema/vega-lite/v6.json", ... }';

export const bindingMissing = (): string => 'the figure has no binding block "usermeta.results", so no results would reach it';
export const bindingMissingHint = (): string =>
  'add "usermeta": { "results": { "title": ..., "datasets": { "rows": [ { "for": ..., "fields": ... } ] } } } (see docs/figures.md)';

export const bindingWrongType = (what: string, expected: string): string => `${what} must be ${expected}`;
export const bindingWrongTypeHint = (expected: string): string => `write ${expected} here (see docs/figures.md)`;

export const bindingUnknownProperty = (prop: string, allowed: string[], closest: string | undefined): string =>
  `unknown property "${prop}" in the binding block.${didYouMean(closest)}`;
export const bindingUnknownPropertyHint = (allowed: string[]): string => `allowed here: ${list(allowed)}`;

export const bindingMissingProperty = (prop: string, where: string): string => `${where} needs a "${prop}" property`;
export const bindingMissingPropertyHint = (prop: string): string => `add "${prop}" (see docs/figures.md)`;

export const unknownDimension = (dim: string, closest: string | undefined): string =>
  `"${dim}" is not a dimension of the results.${didYouMean(closest)}`;
export const unknownDimensionHint = (dims: readonly string[]): string => `loop over ${list(dims)} (the dimensions of the result keys)`;

export const unknownName = (dim: string, name: string, closest: string | undefined): string =>
  `"${name}" (for "${dim}") is a name of no set of the results.${didYouMean(closest)}`;
export const unknownNameHint = (known: readonly string[]): string => `the names are ${list(known)}`;
export const unknownSet = (name: string, closest: string | undefined): string => `"$${name}" is no named set of the results.${didYouMean(closest && `$${closest}`)}`;
export const unknownSetHint = (known: readonly string[]): string => `the sets are ${[...known].map((k) => `"$${k}"`).join(", ")}`;

export const badSelector = (dim: string): string => `the selector for "${dim}" is not understood`;
export const badSelectorHint = (): string => 'use a named set ("$methods"), a name, a parameter ("{scale}"), a list of names and parameters, or { "in": "$set", "except": [names] }';

export const unknownParam = (name: string, params: string[]): string =>
  `"{${name}}" refers to no parameter (parameters: ${params.map((p) => `{${p}}`).join(", ") || "none"})`;
export const unknownParamHint = (): string => 'declare it in "usermeta.results.params", e.g. "params": { "size": "small" }';

export const unknownKeyPattern = (template: string, closestPattern: string | undefined): string =>
  `"${template}" matches no key pattern of the results.${closestPattern ? ` Closest pattern: ${closestPattern}` : ""}`;
export const unknownKeyPatternHint = (shapes: readonly string[]): string => `keys are ${shapes.join(", ")}`;
export const notOneKey = (template: string): string =>
  `"${template}" has a wildcard, alternatives or a set: a field names one key per row`;
export const notOneKeyHint = (): string => 'loop over the names in "for" and write the variable instead, e.g. "summary.{scale}.{method}.tax"';
export const badKeyTemplate = (template: string, reason: string): string => `"${template}": ${reason}`;
export const badKeyTemplateHint = (): string => "see docs/writing.md#key-patterns for the key-pattern syntax";

export const unknownTemplateVariable = (variable: string, available: string[]): string =>
  `"{${variable}}" is neither a loop variable of this row group nor a parameter (available: ${available.map((a) => `{${a}}`).join(", ") || "none"})`;
export const unknownTemplateVariableHint = (variable: string): string => `add "${variable}" to "for", or declare it in "params"`;

export const slotMismatch = (template: string, segment: string, slot: string): string =>
  `in "${template}", "${segment}" stands where a ${slot} belongs`;
export const slotMismatchHint = (slot: string): string => `write {${slot}} or a ${slot} name at that position`;

export const fieldCollision = (field: string): string => `field "${field}" is defined twice in this row group (loop variable, "set" or "fields")`;
export const fieldCollisionHint = (): string => "rename one of them";

export const missingNumber = (key: string, closestKey: string | undefined): string =>
  `the results have no number "${key}".${closestKey ? ` Closest key: "${closestKey}"` : ""}`;
export const missingNumberHint = (): string => "check the key pattern and the row selectors, or re-run `safety-gap compute` if the results are stale";

export const nonFiniteNumber = (key: string, value: number): string => `results number "${key}" is ${String(value)}, which cannot be plotted`;
export const nonFiniteNumberHint = (): string => "re-run `safety-gap compute`; a NaN or infinite result is a bug in the computation or its parameters";

export const emptyRows = (dataset: string): string => `row group of dataset "${dataset}" selects no rows`;
export const emptyRowsHint = (): string => "loosen the selectors in \"for\" (an \"except\" that removes everything?)";

export const unboundDataset = (name: string, bound: string[], closestName: string | undefined): string =>
  `the spec reads dataset "${name}", which the binding block does not fill.${didYouMean(closestName)}`;
export const unboundDatasetHint = (bound: string[]): string => `bound datasets: ${list(bound)}; add "${bound[0] ?? "rows"}" under usermeta.results.datasets or rename`;

export const inlineData = (): string => "figure specs must not carry their own data values: every number comes from the results";
export const inlineDataHint = (): string => 'use "data": { "name": "<dataset>" } and fill it from usermeta.results.datasets';

export const unknownField = (field: string, closestField: string | undefined): string =>
  `field "${field}" is not produced by the binding or a transform.${didYouMean(closestField)}`;
export const unknownFieldHint = (available: string[]): string => `fields available: ${list(available)}`;

export const vegaLiteError = (detail: string): string => `Vega-Lite cannot compile the figure: ${detail}`;
export const vegaLiteErrorHint = (): string => "fix the spec against the Vega-Lite 6 documentation (https://vega.github.io/vega-lite/docs/)";

export const vegaError = (detail: string): string => `Vega cannot render the figure: ${detail}`;
export const vegaErrorHint = (): string => "check expressions, scales and transforms of the spec";

export const badScaleOption = (scale: string, known: string[]): string => `scale "${scale}" is not in the results (scales: ${known.join(", ")})`;
export const badScaleOptionHint = (): string => "pass one of the results' scales";

export const unknownMark = (mark: string, closestMark: string | undefined): string => `"${mark}" is not a Vega-Lite mark type.${didYouMean(closestMark)}`;
export const unknownMarkHint = (): string => "use bar, rule, text, rect, point, line, errorbar, ... (https://vega.github.io/vega-lite/docs/mark.html)";

export const unknownFieldType = (type: string, closestType: string | undefined): string => `"${type}" is not an encoding type.${didYouMean(closestType)}`;
export const unknownFieldTypeHint = (): string => 'use "quantitative", "nominal", "ordinal" or "temporal"';

/** How messages name a figure's files. */
export const specWhat = (id: string): string => `figure spec "${id}"`;
export const themeWhat = (): string => "the figure theme";

export const unknownVegaLiteProperty = (prop: string, closestProp: string | undefined): string =>
  `"${prop}" is not a Vega-Lite property here, so Vega-Lite would ignore it silently.${didYouMean(closestProp)}`;
export const unknownVegaLitePropertyHint = (allowed: string[]): string =>
  allowed.length <= 12
    ? `allowed here: ${list(allowed)}`
    : `fix the name or remove the property (${allowed.length} properties are allowed here; see https://vega.github.io/vega-lite/docs/)`;

export const generatedData = (generator: string): string =>
  `"data": { "${generator}": … } makes numbers of its own; every number in a figure must come from the results`;
export const generatedDataHint = (): string => 'use "data": { "name": "<dataset>" } and fill it from usermeta.results.datasets (a rule at a constant takes "datum": 1)';

export const imageMark = (): string =>
  "an image mark loads a picture from a URL: the paper must read offline and a figure draws the results, not pictures";
export const imageMarkHint = (): string => "remove the image mark; draw the bound datasets with bar, rule, text, rect, point, …";

export const themeNotJson = (detail: string): string => `the figure theme is not valid JSON: ${detail}`;
export const themeNotObject = (): string => 'the figure theme must be a JSON object { "config": { ... } }';
export const themeNotObjectHint = (): string => 'write { "config": { "font": ..., "axis": { ... } } } (Vega-Lite config properties; see docs/figures.md)';
export const themeConfigNotObject = (): string => 'the theme\'s "config" must be an object of Vega-Lite config properties';
export const themeUnknownProperty = (prop: string, closestProp: string | undefined): string => `unknown property "${prop}" in the figure theme.${didYouMean(closestProp)}`;
export const themeUnknownPropertyHint = (allowed: string[]): string => `allowed here: ${list(allowed)}; the style goes under "config"`;
export const randomExpression = (fn: string): string =>
  `the expression calls ${fn}(), which gives a different value on every render: a figure's numbers must come from the results, the same on every build`;
export const randomExpressionHint = (): string => "compute the value in the simulation and bind its key, or remove the call";

/** What a JSON spec holds where it should hold something else: a character, quoted, or named when it would print as nothing. */
export function jsonFound(code: number | undefined): string {
  if (code === undefined) return "end of file";
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code === 0xfeff) return `a byte-order mark (${hex})`;
  if (code === 0xa0) return `a no-break space (${hex})`;
  const ch = String.fromCodePoint(code);
  return code !== 0x20 && /[\p{Cc}\p{Cf}\p{Z}]/u.test(ch) ? `an invisible character (${hex})` : `'${ch}'`;
}
export const jsonExpectedName = (found: string): string => `expected a property name in double quotes, found ${found}`;
export const jsonExpectedColon = (key: string, found: string): string => `expected ':' after property name "${key}", found ${found}`;
export const jsonExpectedComma = (close: string, after: string, found: string): string => `expected ',' or '${close}' after ${after}, found ${found}`;
export const jsonExpectedValue = (found: string): string => `expected a JSON value, found ${found}`;
export const jsonAfterEnd = (found: string): string => `found ${found} after the end of the JSON value`;
export const jsonDuplicateProperty = (key: string): string => `duplicate property "${key}"`;
export const jsonControlInString = (): string => "unescaped control character (e.g. a line break) in string";
export const jsonUnterminatedString = (): string => "unterminated string";
export const jsonInvalidEscape = (): string => "invalid escape in string";
export const jsonInvalidNumber = (text: string): string => `invalid number ${text}`;
export const jsonComment = (): string => "comments are not allowed in JSON";
