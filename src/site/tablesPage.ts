/** tables.html: Tables 1-4 at every scale, one section per scale. */
import type { Results } from "../results/types.js";
import type { SiteTable } from "./types.js";
import { renderTableHtml } from "./tableHtml.js";
import { page } from "./layout.js";
import { escapeHtml } from "../text/escapeHtml.js";

export function tablesPage(tables: SiteTable[], results: Results): string {
  const scales = results.sets.scales ?? [];
  const toc = scales.map((s) => `<a href="#scale-${escapeHtml(s)}">${escapeHtml(s)}</a>`).join(" \u00b7 ");
  const sections = scales.map(
    (s) =>
      `<section id="scale-${escapeHtml(s)}" aria-labelledby="h-scale-${escapeHtml(s)}">\n<h2 id="h-scale-${escapeHtml(s)}">${escapeHtml(s)} scale</h2>\n${tables
        .map((t) => renderTableHtml(t, s, results))
        .join("\n")}\n</section>`,
  );
  return page({
    file: "tables.html",
    title: "Tables",
    body: `<h1>Tables 1\u2013${tables.length} at every scale</h1>
<p>The paper prints these tables at 7B only. Each is shown here for ${scales.map(escapeHtml).join(", ")}; with JavaScript, a column header sorts its table. Values are rounded to 4 decimals; the CSV files hold full precision. Scales: ${toc}</p>
${sections.join("\n")}`,
  });
}
