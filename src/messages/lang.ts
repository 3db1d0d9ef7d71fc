/** Messages of the one results language (src/lang): key patterns, key families, relations. */
export const keyEmptySegment = (): string => "empty key segment (two dots in a row, or a dot at an end)";
export const keyPartialWildcard = (seg: string): string => `'${seg}': a wildcard '*' stands for one whole segment, e.g. summary.*.tax`;
export const keyBadSegment = (seg: string): string => `'${seg}' is not a key segment (letters, digits, _ + - only)`;
export const keyBadBraces = (seg: string): string => `'${seg}': braces hold a variable {m} or alternatives {A,B}`;
export const keyBadSet = (seg: string): string => `'${seg}': a named set is $ and a name, e.g. $advancedMethods`;
export const keyUnboundVariable = (v: string, bound: readonly string[]): string =>
  `'{${v}}' is not bound${bound.length ? ` (bound here: ${bound.map((b) => `{${b}}`).join(", ")})` : ""}`;
export const keyUnknownSet = (name: string, known: readonly string[]): string => `unknown set '$${name}' (known: ${known.map((k) => `$${k}`).join(", ")})`;
export const relationTitle = (id: string): string => `relation '${id}'`;
