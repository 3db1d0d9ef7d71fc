/**
 * The YAML library's complaints about a parameter file, in our words and at
 * the right place: its messages can point at the end of the file (an
 * unclosed quote), give advice about its own API ("please use
 * YAML.parseAllDocuments()"), or be mere warnings for what we treat as
 * errors (an unknown tag, whose value it then reads as text).
 */
import { isScalar, visit, type Document, type Scalar } from "yaml";
import { SafetyGapError, lineColumnAt } from "../errors.js";
import * as msg from "../messages/params.js";

/** The first error of `doc` (or unknown-tag warning) as a SafetyGapError; undefined when there is none. */
export function yamlError(doc: Document, source: string, file: string): SafetyGapError | undefined {
  const err = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (!err) return undefined;
  const at = (offset: number, length = 1) => ({ file, ...lineColumnAt(source, offset), source, length });
  switch (err.code) {
    case "MULTIPLE_DOCS":
      return new SafetyGapError(msg.multipleDocuments(), at(err.pos[0], 3), msg.multipleDocumentsHint());
    case "TAG_RESOLVE_FAILED": {
      const tag = source.slice(err.pos[0], err.pos[1]);
      return new SafetyGapError(msg.unknownTag(tag), at(err.pos[0], tag.length), msg.unknownTagHint());
    }
    case "MISSING_CHAR": {
      // An unclosed quote runs to the end of the file, where the library reports it: point at the opening quote.
      const quoted = openQuoteBefore(doc, err.pos[0]);
      if (quoted?.range) {
        const quote = source[quoted.range[0]] ?? '"';
        return new SafetyGapError(msg.yamlSyntax(msg.unclosedQuote(quote)), at(quoted.range[0]), msg.unclosedQuoteHint(quote));
      }
    }
  }
  return new SafetyGapError(msg.yamlSyntax(err.message.split("\n")[0] ?? err.message), at(err.pos[0]), "Fix the YAML syntax at this place.");
}

/** The quoted scalar that runs up to `offset` (where the closing quote is missing). */
function openQuoteBefore(doc: Document, offset: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(doc, {
    Scalar: (_key, node) => {
      const r = node.range;
      if (isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && r && r[0] < offset && r[1] >= offset) found = node;
    },
  });
  return found;
}
