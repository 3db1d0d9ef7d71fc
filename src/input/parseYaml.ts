/**
 * The one way a YAML input is parsed (model.yaml, paper.yaml, tables.yaml,
 * claims.yaml, published.yaml, Markdown front matter), so every one gets
 * the same errors, in our words and at the right place. The library's own
 * messages can point at the end of the file (an unclosed quote), give
 * advice about its API ("please use YAML.parseAllDocuments()"), be mere
 * warnings for what we treat as errors (an unknown tag, whose value it then
 * reads as text), or escape as bare ReferenceErrors (an alias with no
 * anchor, an alias bomb: aliases of anchors that hold aliases, expanding to
 * millions of nodes, which it stops past 100 expansions).
 */
import { isAlias, isScalar, parseDocument, visit, type Alias, type Document, type Node, type Scalar } from "yaml";
import { SafetyGapError, lineColumnAt, type SourceLocation } from "../errors.js";
import * as msg from "../messages/input.js";

export interface YamlInput {
  /** The file, as messages show it. */
  file: string;
  /** The whole file's text (front matter is part of a Markdown file). */
  source: string;
  /** Where the YAML starts in `source` (after a front matter's `---` line); 0 for a YAML file. */
  base?: number;
  /** The YAML text: `source` from `base` on when omitted. */
  text?: string;
  /** The YAML in words, for messages about the whole of it: "the parameter file", "the front matter". */
  what: string;
  /** Named in syntax errors when the YAML is part of a larger file ("the front matter"). */
  part?: string;
}

export interface ParsedYaml {
  file: string;
  source: string;
  base: number;
  what: string;
  doc: Document.Parsed;
  /** The document as plain data (`doc.toJS()`). */
  data: unknown;
}

/** A location at `offset` of the YAML text. */
export function yamlLocation(y: { file: string; source: string; base?: number }, offset: number, length = 1): SourceLocation {
  const at = (y.base ?? 0) + offset;
  return { file: y.file, ...lineColumnAt(y.source, at), source: y.source, length: Math.max(1, length) };
}

/**
 * Longest YAML text parsed: 4 Mi characters (UTF-16 code units). YAML inputs
 * are short text written by hand (the paper's longest, published.yaml, is
 * under 30 KB). The library reads a quoted value one character at a time,
 * adding each to the string it builds: a 50 MB value costs seconds of CPU,
 * most of it collecting those strings' garbage, before any check of ours
 * sees it. A longer text is refused before it is parsed.
 */
export const MAX_YAML_CHARS = 4 * 2 ** 20;

/** Parses `input`, or throws its first problem as a SafetyGapError at file:line:column. */
export function parseYaml(input: YamlInput): ParsedYaml {
  const base = input.base ?? 0;
  const text = input.text ?? input.source.slice(base);
  if (text.length > MAX_YAML_CHARS) throw new SafetyGapError(msg.yamlTooLong(input.what, text.length, MAX_YAML_CHARS), { file: input.file }, msg.yamlTooLongHint());
  // logLevel "error": the library would print its own warnings (e.g. "Set mapAsMap: true") to stderr.
  // Stryker disable next-line StringLiteral: the library prints only at "warn" and "debug", so "" prints nothing, as "error" does.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: "error" });
  const y = { ...input, base };
  const err = syntaxError(doc, text, y);
  if (err) throw err;
  const data = toData(doc, y);
  const keyErr = keyError(doc, y);
  if (keyErr) throw keyErr;
  return { file: input.file, source: input.source, base, what: input.what, doc, data };
}

/**
 * Every input's keys are names, so a key is a text, written or by alias, once per mapping. Compared as the
 * data will have them, which the library's own duplicate check (uniqueKeys, off) does not do: an alias as a
 * key has its anchor's text, a number and a text can read the same (`1` and `"1"`), and plain data turns a
 * list or mapping key into text. Run after toData, which reports an alias without its anchor.
 */
function keyError(doc: Document, y: YamlInput & { base: number }): SafetyGapError | undefined {
  let found: SafetyGapError | undefined;
  visit(doc, {
    Map: (_key, map) => {
      const seen = new Set<string>();
      for (const { key } of map.items) {
        const node = key as Node;
        const target = isAlias(node) ? node.resolve(doc) : node;
        const range = node.range!;
        const at = yamlLocation(y, range[0], Math.max(1, range[1] - range[0]));
        if (!isScalar(target)) {
          found = new SafetyGapError(msg.yamlSyntax(y.part, msg.keyNotText()), at, msg.keyNotTextHint());
          return visit.BREAK;
        }
        // As plain data has it: a null key (`~`) is the empty text.
        const text = target.value === null ? "" : String(target.value);
        if (seen.has(text)) {
          found = new SafetyGapError(msg.yamlSyntax(y.part, msg.duplicateKey(text)), at, msg.duplicateKeyHint());
          return visit.BREAK;
        }
        seen.add(text);
      }
      return undefined;
    },
  });
  return found;
}

function syntaxError(doc: Document, text: string, y: YamlInput & { base: number }): SafetyGapError | undefined {
  const err = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (!err) return undefined;
  const at = (offset: number, length = 1) => yamlLocation(y, offset, length);
  switch (err.code) {
    case "MULTIPLE_DOCS":
      return new SafetyGapError(msg.multipleDocuments(y.what), at(err.pos[0], 3), msg.multipleDocumentsHint());
    case "TAG_RESOLVE_FAILED": {
      const tag = text.slice(err.pos[0], err.pos[1]);
      return new SafetyGapError(msg.unknownTag(tag), at(err.pos[0], tag.length), msg.unknownTagHint());
    }
    case "TAB_AS_INDENT":
      return new SafetyGapError(msg.yamlSyntax(y.part, msg.tabIndent()), at(err.pos[0]), msg.tabIndentHint());
    case "MISSING_CHAR": {
      // An unclosed quote runs to the end of the file, where the library reports it: point at the opening quote.
      // Another missing character right after a closed quote (a space before `#`) is not about the quote.
      const quoted = err.message.startsWith("Missing closing") ? openQuoteBefore(doc, err.pos[0]) : undefined;
      if (quoted?.range) {
        const quote = text[quoted.range[0]]!;
        return new SafetyGapError(msg.yamlSyntax(y.part, msg.unclosedQuote(quote)), at(quoted.range[0]), msg.unclosedQuoteHint(quote));
      }
    }
  }
  // The library's message alone (prettyErrors: false, so without its " at line L, column C:" and excerpt): the location and excerpt are ours.
  const detail = err.message.split("\n")[0]!;
  return new SafetyGapError(msg.yamlSyntax(y.part, detail), at(err.pos[0], err.pos[1] - err.pos[0]), msg.yamlSyntaxHint());
}

/**
 * The quoted scalar that runs up to `offset` (where the closing quote is missing): the library reports
 * that at the end of the scalar's source, and scalars do not overlap, so no other scalar reaches it.
 */
function openQuoteBefore(doc: Document, offset: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(doc, {
    Scalar: (_key, node) => {
      const r = node.range;
      if (r && r[0] < offset && r[1] >= offset) found = node;
    },
  });
  return found;
}

/** Document -> plain data, the library's ReferenceErrors (aliases) as errors at the alias. */
function toData(doc: Document, y: YamlInput & { base: number }): unknown {
  try {
    return doc.toJS();
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    const aliases: Alias[] = [];
    visit(doc, { Alias: (_key, node) => void aliases.push(node) });
    const at = (alias: Alias | undefined): SourceLocation => {
      const range = alias?.range;
      return range ? yamlLocation(y, range[0], range[1] - range[0]) : { file: y.file };
    };
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(e.message)?.[1];
    if (unresolved !== undefined) {
      const alias = aliases.find((a) => a.source === unresolved && !a.resolve(doc));
      throw new SafetyGapError(msg.unresolvedAlias(unresolved), at(alias), msg.unresolvedAliasHint(unresolved));
    }
    if (/Excessive alias count/.test(e.message)) {
      // The culprit is an alias of an anchor that itself holds aliases: those multiply.
      const nested = aliases.find((a) => holdsAlias(a.resolve(doc)));
      throw new SafetyGapError(msg.aliasBomb(), at(nested ?? aliases[0]), msg.aliasBombHint());
    }
    throw e;
  }
}

function holdsAlias(node: Node | undefined): boolean {
  let found = false;
  if (node && !isAlias(node))
    visit(node, {
      Alias: () => {
        found = true;
        return visit.BREAK;
      },
    });
  return found;
}
