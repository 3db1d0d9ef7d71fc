/** Message texts for the review tools (`src/review`: diff, check, claims). */

export const notResultsFile = (what: string): string => `${what} is not a results file (expected JSON with schemaVersion, sizes and numbers)`;
export const notResultsFileHint = (): string => "pass a results.json written by `safety-gap compute`, an output folder containing one, or a git revision";
export const resultsFieldInvalid = (field: string, expected: string): string => `field '${field}' must be ${expected}`;
export const unreadableJson = (reason: string): string => `not valid JSON: ${reason}`;
export const notFound = (arg: string): string => `'${arg}' is neither a file, a folder with results.json, nor a git revision of this repository`;
export const notFoundHint = (): string => "check the path, or run `git log --oneline` for revisions";
export const noResultsInFolder = (dir: string): string => `folder ${dir} has no results.json`;
export const noResultsInFolderHint = (): string => "run `safety-gap compute --out <folder>` first, or pass the results file itself";
export const revisionBuildFailed = (rev: string, step: string, output: string): string =>
  `building revision ${rev} failed at \`${step}\`:\n${output.trim().split("\n").slice(-15).join("\n")}`;
export const revisionBuildFailedHint = (): string => "check that the revision builds (`git checkout <rev> && npm run compute`); older revisions may predate `compute`";
export const revisionNoResults = (rev: string): string => `revision ${rev} built, but \`compute\` wrote no results.json`;

export const usageError = (command: string, detail: string): string => `${detail} (see \`safety-gap ${command} --help\`)`;
export const badFormat = (value: string, allowed: readonly string[]): string => `unknown format '${value}' (use one of: ${allowed.join(", ")})`;
export const wrongArgCount = (expected: string, got: number): string => `expected ${expected}, got ${got} argument${got === 1 ? "" : "s"}`;

export const yamlSyntax = (reason: string): string => `YAML syntax error: ${reason}`;
export const yamlSyntaxHint = (): string => "fix the YAML syntax (indentation, quoting); expressions containing ': ' must be quoted or written as a block (>-)";
export const fieldMissing = (field: string): string => `missing field '${field}'`;
export const fieldWrongType = (field: string, expected: string): string => `'${field}' must be ${expected}`;
export const fieldUnknown = (field: string, allowed: readonly string[]): string => `unknown field '${field}' (allowed: ${allowed.join(", ")})`;
export const duplicateId = (id: string): string => `duplicate id '${id}'`;
export const duplicateIdHint = (): string => "every number, statement and claim needs its own id";
export const rowLength = (row: string, got: number, expected: number): string => `row '${row}' has ${got} values but the table has ${expected} columns`;
export const rowLengthHint = (): string => "transcribe one value per column, in column order";
export const keyAndFormula = (): string => "give either 'key' or 'formula', not both";
export const needKeyOrFormula = (): string => "each number needs a 'key' (a results key) or a 'formula' (an expression over keys)";
export const exprSyntax = (reason: string): string => `expression: ${reason}`;
export const exprSyntaxHint = (): string =>
  "see docs/review.md for the expression language: all/any quantifiers, `key.{var}` references in backticks, comparisons, and/or/not";
export const exprEval = (reason: string): string => `cannot evaluate: ${reason}`;
export const exprEvalHint = (): string => "check key names against out/results.json and set names against docs/review.md";

export const noResults = (file: string): string => `no reproduction at ${file}: only the published paper's internal consistency is checked`;
export const noResultsHint = (): string => "run `safety-gap compute` (or pass --results FILE) to compare with the reproduction and evaluate the claims";

// The expression language (src/lang): syntax errors ...
export const exprMalformedNumber = (): string => "malformed number";
export const exprUnterminatedKey = (): string => "unterminated key reference (missing closing backtick)";
export const exprNotAKey = (body: string, why: string): string => `'${body}' is not a key or key pattern: ${why}`;
export const exprUnterminatedString = (): string => "unterminated string";
export const exprUnexpectedChar = (c: string): string => `unexpected character '${c}'`;
export const exprExpectedFound = (expected: string, found: string): string => `${expected}, found ${found}`;
export const exprExpectedOp = (op: string, what: string): string => `expected '${op}' ${what}`;
export const exprExpectedEnd = (): string => "expected end of expression (a missing 'and'/'or'?)";
export const exprExpectedVariable = (): string => "expected a variable name";
export const exprExpectedIn = (name: string): string => `expected 'in' after '${name}'`;
export const exprExpectedSet = (): string => 'expected a set (a name such as methods, a list ["a", "b"], or a `key.*` pattern)';
export const exprExpectedListItem = (): string => "expected a quoted name in the list";
export const exprExpectedValue = (): string => "expected a value";
export const exprExpectedFormat = (): string => "expected a format name after |";
export const exprUnknownFunction = (name: string, known: readonly string[]): string => `unknown function '${name}' (known: ${known.join(", ")})`;
export const exprNotAggregate = (name: string): string => `'${name}' takes values, not a comprehension`;
// ... and evaluation errors.
export const exprNotStatement = (): string => "this expression is a value, not a statement (add a comparison)";
export const exprExpectedNumber = (): string => "expected a number";
export const exprUnboundTemplate = (v: string): string => `'{${v}}' is not bound by a quantifier`;
export const exprNoSuchNumber = (name: string): string => `no number named '${name}'`;
export const exprUnknownSet = (name: string, known: readonly string[]): string => `unknown set '${name}' (known: ${known.join(", ")})`;
export const exprPatternMatchesNothing = (pattern: string): string => `the pattern \`${pattern}\` matches no number`;
export const exprExpectedStatementHere = (): string => "expected a statement (true or false) here";
export const exprExpectedNumberGot = (got: string): string => `expected a number here, got a ${got}`;
export const exprExpectedNumbers = (): string => "expected numbers here";
export const exprUnboundVariable = (name: string): string => `'${name}' is not bound (quote names: "${name}")`;
export const exprNamesCompare = (): string => "names can only be compared with == or != to names";
export const exprOnlyNumbersAndNames = (): string => "only numbers and names can be compared";
export const exprOneArgument = (fn: string, got: number): string => `${fn}() takes one number, got ${got}`;
export const exprTwoArguments = (fn: string, got: number): string => `${fn}() takes two numbers (t, df), got ${got}`;
export const exprNoNumbers = (fn: string): string => `${fn}() of no numbers`;

// Reading published.yaml and claims.yaml.
export const reviewFileMissing = (): string => "no such file";
export const reviewFileMissingHint = (): string => "check the path: `check --report DIR` reads DIR/published.yaml and DIR/claims.yaml (default: report)";
export const reviewFileIsFolder = (): string => "is a folder, not a YAML file";
export const reviewFileIsFolderHint = (): string => "replace the folder with the YAML file (see docs/review.md), or point --report at another folder";
export const reviewFileUnreadable = (reason: string): string => `cannot read the file (${reason})`;
export const reviewFileUnreadableHint = (): string => "check the file's permissions";
export const reviewFileNotUtf8 = (byte: number): string =>
  `not UTF-8 text: byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} here is not part of a UTF-8 character`;
export const reviewFileNotUtf8Hint = (): string => "save the file as UTF-8 (a Latin-1 or Windows-1252 editor setting writes such bytes for é, ü, –, ≥)";
export const revisionInterrupted = (rev: string, signal: string): string => `interrupted (${signal}) while building revision ${rev}; its temporary folder was removed`;

export const unsupportedSchemaVersion = (got: unknown, supported: readonly number[]): string =>
  `schemaVersion ${JSON.stringify(got)} is not supported (this safety-gap reads version ${supported.join(", ")})`;
export const unsupportedSchemaVersionHint = (): string =>
  "regenerate the results with this version's `safety-gap compute`, or read them with the safety-gap version that wrote them";

// check's inputs (src/cli/commands/check.ts).
export const checkResultsHint = (): string => "pass --results with a results.json written by `safety-gap compute`, or an output folder containing one";
export const resultsMissing = (file: string): string => `no results at ${file}`;
export const resultsMissingHint = (): string => "run `safety-gap compute` first, or pass --results with a results.json or an output folder containing one";
export const reportFolderMissing = (dir: string): string => `report folder ${dir} does not exist`;
export const reportNotAFolder = (path: string): string => `--report ${path} is not a folder`;
export const publishedMissing = (dir: string): string => `no published.yaml in ${dir}`;
export const reportFolderHint = (): string => "pass --report with the folder that holds published.yaml and claims.yaml (default: report)";
export const noClaims = (file: string): string => `no claims at ${file}: the paper's claims are not evaluated`;
export const noClaimsHint = (): string => "add claims.yaml to the report folder to evaluate them (see docs/review.md, 'The claims')";

export const badSigmas = (value: string): string => `--sigmas must be a decimal number greater than 0, got '${value}'`;
export const relationNotEvaluated = (id: string, reason: string): string => `relation '${id}' could not be evaluated for any instance (${reason}): check its keys and sets`;
