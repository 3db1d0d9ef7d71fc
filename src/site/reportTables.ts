/**
 * The paper's own tables (report/tables.yaml, rendered by src/render's
 * renderTable) at every scale, for the supplement: the same definitions,
 * formats and row labels as the paper, so Tables 1-4 at 1B and 13B are
 * exactly what the paper would print at those scales. Numbered in file
 * order, as the paper numbers them.
 *
 * Captions live in the paper's Markdown (`::: table tbl:<id>` directives);
 * tableCaptions extracts them with `{{ {scale} }}` turned into `{scale}`.
 */
import type { Results } from "../results/types.js";
import type { SiteTable } from "./types.js";
import { parseTables, renderTable } from "../render/tables.js";
import { scopeOfResults } from "../render/template/scope.js";
import { fromRenderedTable } from "./fromRenderedTable.js";

export function reportTables(tablesYaml: string, file: string, results: Results, captions: Record<string, string> = {}): SiteTable[] {
  const set = parseTables(tablesYaml, file);
  const scope = scopeOfResults(results);
  return [...set.tables.values()].map((def, i) => {
    const byScale: Record<string, { text: string; keys: string[]; values: number[] }[][]> = {};
    // Stryker disable next-line ArrowFunction: renderTable calls span only for its html, and the site takes only its rows
    for (const scale of results.sets.scales ?? []) byScale[scale] = renderTable(def, set, scope, { scale }, (text) => text).rows;
    return fromRenderedTable(
      {
        id: `table${i + 1}`,
        number: i + 1,
        caption: captions[def.id] ?? `${def.id} at {scale} scale.`,
        stub: def.stub,
        // Headers are Markdown in tables.yaml ("Cohen's *d*"); the site prints them as text.
        // Stryker disable next-line ConditionalExpression: a group of undefined is dropped by fromRenderedTable, as no group is
        columns: def.columns.map((c) => ({ header: c.header.replace(/\*/g, ""), ...(c.group !== undefined ? { group: c.group } : {}) })),
        ...(def.params.scale !== undefined ? { paperScale: def.params.scale } : {}),
      },
      byScale,
    );
  });
}

/** `::: table tbl:<id>` + caption line(s) + `:::` in the paper's Markdown -> id to caption. */
export function tableCaptions(markdownTexts: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of markdownTexts) {
    for (const m of text.matchAll(/^::: *table +tbl:([\w-]+)[^\n]*\n([\s\S]*?)\n:::/gm)) {
      out[m[1]!] = m[2]!.trim().replace(/\{\{\s*\{scale\}\s*\}\}/g, "{scale}").replace(/\*/g, "");
    }
  }
  return out;
}
