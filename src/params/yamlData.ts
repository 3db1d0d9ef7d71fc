/**
 * Document -> plain data (`doc.toJS()`). The YAML library throws a bare
 * ReferenceError for an alias with no anchor before it and for an alias
 * bomb (aliases of anchors that hold aliases, expanding to millions of
 * nodes: it stops past 100 expansions). Both are input errors, so they
 * become SafetyGapErrors that point at the alias.
 */
import { isAlias, visit, type Alias, type Document, type Node } from "yaml";
import { SafetyGapError, lineColumnAt, type SourceLocation } from "../errors.js";
import * as msg from "../messages/params.js";

export function yamlData(doc: Document, source: string, file: string): unknown {
  try {
    return doc.toJS();
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    const aliases: Alias[] = [];
    visit(doc, { Alias: (_key, node) => void aliases.push(node) });
    const at = (alias: Alias | undefined): SourceLocation => {
      const range = alias?.range;
      if (!range) return { file };
      return { file, ...lineColumnAt(source, range[0]), source, length: Math.max(1, range[1] - range[0]) };
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
