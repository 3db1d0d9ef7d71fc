/** Message texts for the review tools (`src/review`: diff, check, claims). */

export const notResultsFileHint = (): string => "pass a results.json written by `safety-gap compute`, an output folder containing one, or a git revision";
export const resultsFieldInvalid = (field: string, expected: string): string => `field '${field}' must be ${expected}`;
export const resultsNotText = (bytes: number[], offset: number): string =>
  `is not a results file: it is not text (byte${bytes.length > 1 ? "s" : ""} ${bytes.map((b) => "0x" + b.toString(16).toUpperCase().padStart(2, "0")).join(" ")} at byte offset ${offset} is not UTF-8)`;
export const unreadableJson = (reason: string): string => `not valid JSON: ${reason}`;
export const notFound = (arg: string): string => `'${arg}' is neither a file, a folder with results.json, nor a git revision of this repository`;
export const notFoundHint = (): string => "check the path, or run `git log --oneline` for revisions";
export const noResultsInFolder = (dir: string): string => `folder ${dir} has no results.json`;
export const noResultsInFolderHint = (): string => "run `safety-gap compute --out <folder>` first, or pass the results file itself";
export const revisionBuildFailed = (rev: string, step: string, output: string): string =>
  `building revision ${rev} failed at \`${step}\`:\n${output.trim().split("\n").slice(-15).join("\n")}`;
export const revisionBuildFailedHint = (): string => "check that the revision builds (`git checkout <rev> && npx safety-gap compute`)";
export const revisionNoReport = (rev: string, reportPath: string): string => `revision ${rev} has no report folder ${reportPath}/`;
export const revisionNoReportHint = (): string => "pick a revision that holds the paper, or name its report folder with --report";
export const reportOutsideRepo = (reportDir: string, repoRoot: string): string => `the report folder ${reportDir} is not inside the git repository ${repoRoot}`;
export const reportOutsideRepoHint = (): string => "run diff inside the repository that holds the paper, or name its report folder with --report";
export const buildingRevision = (rev: string, seconds: number): string => `safety-gap diff: building ${rev} with the installed safety-gap… ${seconds} s`;
export const revisionNoResults = (rev: string): string => `revision ${rev} built, but \`compute\` wrote no results.json`;

export const usageError = (command: string, detail: string): string => `${detail} (see \`safety-gap ${command} --help\`)`;
export const badFormat = (value: string, allowed: readonly string[]): string => `unknown format '${value}' (use one of: ${allowed.join(", ")})`;
export const wrongArgCount = (expected: string, got: number): string => `expected ${expected}, got ${got} argument${got === 1 ? "" : "s"}`;

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
export const exprNotAggregate = (name: string): string => `'${name}' takes values, not a comprehension`;
// ... and evaluation errors.
export const exprNotStatement = (): string => "this expression is a value, not a statement (add a comparison)";
export const exprExpectedNumber = (): string => "expected a number";
export const exprUnboundTemplate = (v: string): string => `'{${v}}' is not bound by a quantifier`;
export const exprUnknownSet = (name: string, known: readonly string[]): string => `unknown set '${name}' (known: ${known.join(", ")})`;
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
/** How messages name the review files. */
export const claimsWhat = (): string => "the claims file";
export const publishedWhat = (): string => "the published-numbers file";
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

// check's last line and its exit status.
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
export const checkClean = (): string => "no number off, no inconsistency, no failing claim";
export const checkProblems = (p: { numbers: number; inconsistencies: number; claims: number }): string =>
  [plural(p.numbers, "number off or missing", "numbers off or missing"), plural(p.inconsistencies, "inconsistency", "inconsistencies"), plural(p.claims, "failing claim", "failing claims")].join(", ");
export const checkStrictFails = (): string => "errors with --strict (exit 1)";
export const checkWarningsOnly = (): string => "reported as warnings (exit 0; --strict makes them errors, exit 1)";

// diff --max-chars: the summary's cut lists.
export const summaryMore = (n: number, none: boolean): string =>
  none ? `_${n} not listed here, to keep the summary short: see the whole diff._` : `_… and ${n} more, in the whole diff._`;
export const summaryNoProvenance = (): string =>
  "_Neither side has a provenance.json, so which numbers the paper prints is unknown: significant changes come first. Run diff with `--render` to know._";
export const badMaxChars = (value: string, min: number): string => `--max-chars must be a whole number of at least ${min}, got '${value}'`;
export const maxCharsNeedsMd = (format: string): string => `--max-chars shortens the Markdown of --format md, not --format ${format}`;
export const fullNotWritten = (file: string, code: string): string => `cannot write the full diff to ${file} (${code})`;
export const fullNotWrittenHint = (): string => "Pass --full a path in a folder that exists and that you can write to.";
export const relationNotEvaluated = (id: string, reason: string): string => `relation '${id}' could not be evaluated for any instance (${reason}): check its keys and sets`;
