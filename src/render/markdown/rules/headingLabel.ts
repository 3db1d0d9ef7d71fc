/**
 * `# Results {#sec:results}`: strips the label from the heading text and
 * keeps it on the heading_open token. Runs before inline parsing.
 */
import type { MarkdownIt } from "../md.js";
import type { StateCore } from "markdown-it";

export function headingLabel(md: MarkdownIt): void {
  md.core.ruler.before("inline", "heading_label", (state: StateCore) => {
    const t = state.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      if (t[i]!.type !== "heading_open") continue;
      const inline = t[i + 1]!;
      const m = /\s*\{#([\w:-]+)\}\s*$/.exec(inline.content);
      if (!m) continue;
      inline.content = inline.content.slice(0, m.index);
      t[i]!.meta = { ...(t[i]!.meta ?? {}), label: m[1] };
    }
  });
}
