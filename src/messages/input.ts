/** Message texts for reading, decoding and parsing input files (`src/input`). */
import { groupDigits } from "../text/groupDigits.js";
import { backticked } from "../text/shownValue.js";

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** Why a file cannot be read, from the error code of the file system; `role` names the file ("the parameter file"). */
const READ_REASONS: Record<string, string> = {
  ENOENT: "it does not exist",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "it is a symbolic link that leads back to itself",
  ENAMETOOLONG: "its path is too long",
  ENOTDIR: "a part of its path is not a folder",
};

export const cannotRead = (role: string, code: string, detail: string): string =>
  `cannot read ${role}: ${READ_REASONS[code] ? `${READ_REASONS[code]} (${code})` : detail}`;

export const danglingLink = (role: string, target: string): string => `cannot read ${role}: it is a symbolic link to "${target}", which does not exist`;

export const tooLarge = (role: string, bytes: number, max: number): string =>
  `cannot read ${role}: it is ${(bytes / 2 ** 20).toFixed(1)} MiB, more than the ${max / 2 ** 20} MiB an input file may have`;

export const tooLargeHint = (): string => "Input files are text you write (parameters, Markdown, YAML, JSON): check that this is the right file.";

/** The fix for a file that cannot be read; `doc` is where the file is described. */
export const cannotReadHint = (code: string, doc: string): string =>
  code === "ELOOP" || code === "dangling"
    ? "Point the symbolic link at an existing file, or replace the link with the file."
    : code === "EACCES" || code === "EPERM"
      ? "Make the file readable (chmod +r), or pass --report with a folder you can read."
      : code === "EISDIR"
        ? `Replace the folder with the file (${doc} describes it), or pass --report with another folder.`
        : `Create it, or pass --report with the folder that holds it (${doc} describes it).`;

export const folderNotFound = (): string => "folder not found";
export const folderMissingHint = (): string => "create it, or pass --report with the folder that has it (the files of report/ are listed in docs/writing.md)";
export const notAFolder = (): string => "is a file, not a folder";
export const notAFolderHint = (): string => "report/paper/ is a folder holding the text, one Markdown file per part (00-abstract.md, 01-introduction.md, ...)";

export const notUtf8 = (role: string, bytes: number[], offset: number): string =>
  `${role} is not valid UTF-8: byte${bytes.length > 1 ? "s" : ""} ${bytes.map(hex).join(" ")} at byte offset ${offset} cannot start or continue a character (shown as \uFFFD)`;

export const notUtf8Hint = (): string =>
  "Save the file as UTF-8 (the editor's encoding setting): Latin-1 and Windows-1252 write a character such as é, ü or – as one byte that UTF-8 does not allow (`iconv -f WINDOWS-1252 -t UTF-8` converts it).";

export const utf16Hint = (): string => "The file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8.";

export const yamlTooLong = (what: string, chars: number, max: number): string =>
  `${what} is ${groupDigits(chars)} characters of YAML, more than the ${groupDigits(max)} a YAML input may have`;

export const yamlTooLongHint = (): string =>
  "YAML inputs are short text you write (parameters, titles, tables, claims, published numbers): check that this is the right file and that no long value was pasted into it.";

export const yamlSyntax = (where: string | undefined, detail: string): string => `YAML syntax error${where ? ` in ${where}` : ""}: ${detail}`;

export const yamlSyntaxHint = (): string =>
  "Check the indentation, the colons after keys, and the quotes and brackets around values; a value holding `: ` or ` #` must be quoted or written as a block (>-).";

export const unclosedQuote = (quote: string): string => `the quote ${quote} opened here is never closed`;

export const unclosedQuoteHint = (quote: string): string => `Close it with ${quote} at the end of the value (or remove it: names and numbers need no quotes).`;

export const tabIndent = (): string => "a tab indents this line, and YAML indents with spaces only";

export const tabIndentHint = (): string => "Replace the tab with spaces (as many as the lines around it use).";

export const duplicateKey = (key: string): string => `the key \`${key}\` appears twice in this mapping: this one would silently replace the first`;

export const duplicateKeyHint = (): string => "Remove one of the two, or rename it.";

export const keyNotText = (): string => "this key is a list or a mapping, and every key here is a name";

export const keyNotTextHint = (): string => "Write the key as a plain name (e.g. `name: value`), without `?`, brackets or braces.";

export const multipleDocuments = (what: string): string => `${what} holds more than one YAML document: a second one starts here`;

export const multipleDocumentsHint = (): string => "Keep one document: remove this `---` line and either what follows or what precedes it.";

export const unknownTag = (tag: string): string => `unknown YAML tag \`${tag}\``;

export const unknownTagHint = (): string => "Remove the tag: input files need only plain text, numbers, lists and mappings.";

export const unresolvedAlias = (name: string): string => `the alias \`*${name}\` refers to no anchor \`&${name}\` before it`;

export const unresolvedAliasHint = (name: string): string => `Write the value here, or mark the value to repeat with \`&${name}\` above this line.`;

export const aliasBomb = (): string =>
  "the YAML aliases (`*name`) expand to too many values: aliases of anchors that hold aliases multiply (a few lines can make millions of values), so the reader stops past 100 expansions";

export const aliasBombHint = (): string => "Write the values out instead of nesting aliases; the report's files need no aliases.";

const ticks = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(", ");

/**
 * A value as a message shows it: its kind, or a short quote of a scalar.
 * `text` shows a string (by default a backticked excerpt, control
 * characters escaped); model.yaml's messages pass their own wording.
 */
export function describeValue(v: unknown, text: (s: string) => string = backticked): string {
  if (v === null || v === undefined) return "nothing";
  if (Array.isArray(v)) return "a list";
  // What YAML's explicit tags give (no input takes them).
  if (v instanceof Uint8Array) return "binary data (!!binary)";
  if (v instanceof Set) return "a set (!!set)";
  if (v instanceof Map) return "an ordered map (!!omap)";
  if (v instanceof Date) return "a date (!!timestamp)";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return text(v);
  return String(v);
}

/** A field as a message's subject: "`claims[0].id`", or the file's role (`what`) for the whole file. */
export const fieldSubject = (path: string, what: string): string => (path ? `\`${path}\`` : what);

export const unknownField = (path: string, name: string, valid: readonly string[]): string =>
  `unknown field \`${name}\`${path ? ` in \`${path}\`` : ""}; allowed: ${ticks(valid)}`;

export const unknownFieldHint = (best: string | undefined, doc: string): string =>
  best !== undefined ? `did you mean \`${best}\`?` : `Remove it, or rename it to one of the allowed fields (${doc} describes them).`;

export const missingField = (subject: string, allowed: string): string => `${subject} is missing; it must be ${allowed}`;

export const wrongValue = (subject: string, allowed: string, got: unknown): string => `${subject} must be ${allowed}, got ${describeValue(got)}`;

export const oneOf = (values: readonly string[]): string =>
  values.length === 1 ? `\`${values[0]}\`` : values.length === 2 ? `\`${values[0]}\` or \`${values[1]}\`` : `one of ${ticks(values)}`;

export const didYouMean = (best: string): string => `did you mean \`${best}\`?`;

export const fieldHint = (doc: string): string => `${doc} describes every field.`;

/** What a value of a basic type is, in words, when its schema gives no description. */
export const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list (lines starting with -)",
  object: "a mapping (key: value lines)",
  record: "a mapping (key: value lines)",
};

/** A key of a mapping (a record) that is not a valid name for it. */
export const badKey = (where: string, key: string, allowed: string): string => `key ${backticked(key)} in \`${where}\` is not allowed: a key must be ${allowed}`;
