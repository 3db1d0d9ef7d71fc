/**
 * provenance.html: what produced these numbers (parameters with their
 * descriptions, seed, parameter hash, git commit, tool and dependency
 * versions, build date) and the downloads. The only date is
 * SOURCE_DATE_EPOCH's, so two builds of the same commit are identical.
 */
import type { ResultsProvenance } from "../results/loadResults.js";
import type { Results } from "../results/types.js";
import type { ProvenanceForSite } from "./types.js";
import { page } from "./layout.js";
import { escapeHtml } from "../text/escapeHtml.js";
import { groupDigits } from "../text/groupDigits.js";
import { ascending } from "../text/ascending.js";

export function provenancePage(
  results: Results,
  source: ResultsProvenance,
  prov: ProvenanceForSite,
  downloads: { path: string; label: string; bytes: number }[],
): string {
  const date = new Date(prov.sourceDateEpoch * 1000).toISOString().replace(".000Z", "Z");
  const facts: [string, string][] = [
    ...(results.seed === undefined ? [] : [["Seed", String(results.seed)] as [string, string]]),
    ...(results.paramsHash === undefined ? [] : [["Parameter hash (SHA-256)", results.paramsHash] as [string, string]]),
    ["Git commit", prov.gitCommit ?? "unknown (not built from a git checkout)"],
    ["Tool", `${results.tool.name} ${prov.toolVersion}`],
    ["Results schema version", String(results.schemaVersion)],
    ["Build date (SOURCE_DATE_EPOCH)", `${date} (${prov.sourceDateEpoch})`],
    ...source.facts,
  ];
  const factRows = facts.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td><code>${escapeHtml(v)}</code></td></tr>`).join("\n");
  const desc = Object.entries(source.parameters?.descriptions ?? {}).sort(([a], [b]) => ascending(a, b));
  const descTable =
    desc.length > 0
      ? `<div class="table-scroll"><table class="sg-table params"><caption>Parameters and what they mean</caption>
<thead><tr><th scope="col">Parameter</th><th scope="col">Description</th></tr></thead>
<tbody>${desc.map(([k, v]) => `<tr><th scope="row"><code>${escapeHtml(k)}</code></th><td>${escapeHtml(v)}</td></tr>`).join("\n")}</tbody></table></div>`
      : `<p>No parameter descriptions were provided.</p>`;
  const deps = Object.entries(prov.dependencies).sort(([a], [b]) => ascending(a, b));
  const depRows = deps.map(([k, v]) => `<tr><th scope="row"><code>${escapeHtml(k)}</code></th><td><code>${escapeHtml(v)}</code></td></tr>`).join("\n");
  const dl = downloads
    .map((d) => `<li><a href="${escapeHtml(d.path)}" download>${escapeHtml(d.label)}</a> <span class="size">(${groupDigits(d.bytes)} bytes)</span></li>`)
    .join("\n");
  return page({
    file: "provenance.html",
    title: "Model & provenance",
    body: `<h1>Model and provenance</h1>
<section aria-labelledby="h-build"><h2 id="h-build">Build</h2>
<div class="table-scroll"><table class="sg-table facts"><caption>How these results were produced</caption><tbody>
${factRows}
</tbody></table></div></section>
<section aria-labelledby="h-dl"><h2 id="h-dl">Downloads</h2>
<ul class="downloads">
${dl}
</ul></section>
<section aria-labelledby="h-params"><h2 id="h-params">Parameters</h2>
${descTable}
<details><summary>The parameter file as used</summary>
<pre class="params-text"><code>${escapeHtml(source.parameters?.text ?? "")}</code></pre></details></section>
<section aria-labelledby="h-deps"><h2 id="h-deps">Tool and dependency versions</h2>
<div class="table-scroll"><table class="sg-table deps"><caption>Installed versions used by the build</caption>
<thead><tr><th scope="col">Package</th><th scope="col">Version</th></tr></thead>
<tbody>${depRows}</tbody></table></div></section>`,
  });
}
