/**
 * `# Results {#sec:results}`: strips the label from the heading text and
 * keeps it on the heading_open token. Runs before inline parsing.
 *
 * A heading's label is a section label, `sec:` + letters, digits, `-`, `_`
 * (as `@sec:name` reads it): `{#eq:x}` on a heading made `@eq:x` print
 * "Section 3", and `{#sec:a b}` stayed in the heading text. Both are errors.
 */
import type { MarkdownIt } from "../md.js";
import type { StateCore } from "markdown-it";
import type { ParseEnv } from "../env.js";
import { errorAt } from "../errors.js";
import * as msg from "../../../messages/render.js";

const SEC_LABEL = /^sec:[\w-]*\w$/;

export function headingLabel(md: MarkdownIt): void {
  md.core.ruler.before("inline", "heading_label", (state: StateCore) => {
    const env = state.env as unknown as ParseEnv;
    const t = state.tokens;
    // Stryker disable next-line EqualityOperator: the last token is never a heading_open (its heading_close follows it), so i = t.length - 1 only continues
    for (let i = 0; i + 1 < t.length; i++) {
      if (t[i]!.type !== "heading_open") continue;
      const inline = t[i + 1]!;
      const m = /\s*\{#([^}]*)\}\s*$/.exec(inline.content);
      if (!m) continue;
      const label = m[1]!;
      if (!SEC_LABEL.test(label)) {
        // Stryker disable next-line OptionalChaining: a heading's inline token always has a map
        const line = inline.map?.[0] ?? 0;
        const col = Math.max(0, (env.lines[line] ?? "").lastIndexOf("{#" + label));
        throw errorAt(msg.badSectionLabel(label), env.file, env.source, (env.lineStarts[line] ?? 0) + col + 2, Math.max(1, label.length), msg.labelHint());
      }
      inline.content = inline.content.slice(0, m.index);
      // Stryker disable next-line LogicalOperator: no rule sets a heading_open's meta before this one, so it is null and both spread to nothing
      t[i]!.meta = { ...(t[i]!.meta ?? {}), label };
    }
  });
}
