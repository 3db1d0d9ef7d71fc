/** provenance.html: the build facts, downloads, parameter descriptions and dependency versions. */
import { describe, expect, it } from "vitest";
import { provenancePage } from "../../../src/site/provenancePage.js";
import { page } from "../../../src/site/layout.js";
import type { Results } from "../../../src/results/types.js";

/** Only what the page reads of Results. */
const results = (r: object): Results => r as unknown as Results;

const framed = (body: string[]): string => page({ file: "provenance.html", title: "Model & provenance", body: body.join("\n") });

const DEPS_HEAD = [
  '<section aria-labelledby="h-deps"><h2 id="h-deps">Tool and dependency versions</h2>',
  '<div class="table-scroll"><table class="sg-table deps"><caption>Installed versions used by the build</caption>',
  '<thead><tr><th scope="col">Package</th><th scope="col">Version</th></tr></thead>',
];

describe("provenancePage", () => {
  it("lists seed, hash, commit, tool, schema, date and the source's facts; downloads with sizes; parameters and dependencies sorted", () => {
    const html = provenancePage(
      results({ seed: 42, paramsHash: "abc", tool: { name: "safety-gap" }, schemaVersion: 3 }),
      { facts: [["Samples per cell", "500"]], parameters: { text: "a: 1 <b>\n", descriptions: { z: "Zed", a: "A & b" } } },
      { gitCommit: "0123abc", toolVersion: "1.2.3", dependencies: { zod: "3", ajv: "8" }, sourceDateEpoch: 86400 },
      [
        { path: "results.json", label: "R <json>", bytes: 1234567 },
        { path: "data/x.csv", label: "X", bytes: 5 },
      ],
    );
    expect(html).toBe(
      framed([
        "<h1>Model and provenance</h1>",
        '<section aria-labelledby="h-build"><h2 id="h-build">Build</h2>',
        '<div class="table-scroll"><table class="sg-table facts"><caption>How these results were produced</caption><tbody>',
        '<tr><th scope="row">Seed</th><td><code>42</code></td></tr>',
        '<tr><th scope="row">Parameter hash (SHA-256)</th><td><code>abc</code></td></tr>',
        '<tr><th scope="row">Git commit</th><td><code>0123abc</code></td></tr>',
        '<tr><th scope="row">Tool</th><td><code>safety-gap 1.2.3</code></td></tr>',
        '<tr><th scope="row">Results schema version</th><td><code>3</code></td></tr>',
        '<tr><th scope="row">Build date (SOURCE_DATE_EPOCH)</th><td><code>1970-01-02T00:00:00Z (86400)</code></td></tr>',
        '<tr><th scope="row">Samples per cell</th><td><code>500</code></td></tr>',
        "</tbody></table></div></section>",
        '<section aria-labelledby="h-dl"><h2 id="h-dl">Downloads</h2>',
        '<ul class="downloads">',
        '<li><a href="results.json" download>R &lt;json&gt;</a> <span class="size">(1,234,567 bytes)</span></li>',
        '<li><a href="data/x.csv" download>X</a> <span class="size">(5 bytes)</span></li>',
        "</ul></section>",
        '<section aria-labelledby="h-params"><h2 id="h-params">Parameters</h2>',
        '<div class="table-scroll"><table class="sg-table params"><caption>Parameters and what they mean</caption>',
        '<thead><tr><th scope="col">Parameter</th><th scope="col">Description</th></tr></thead>',
        '<tbody><tr><th scope="row"><code>a</code></th><td>A &amp; b</td></tr>',
        '<tr><th scope="row"><code>z</code></th><td>Zed</td></tr></tbody></table></div>',
        "<details><summary>The parameter file as used</summary>",
        '<pre class="params-text"><code>a: 1 &lt;b&gt;',
        "</code></pre></details></section>",
        ...DEPS_HEAD,
        '<tbody><tr><th scope="row"><code>ajv</code></th><td><code>8</code></td></tr>',
        '<tr><th scope="row"><code>zod</code></th><td><code>3</code></td></tr></tbody></table></div></section>',
      ]),
    );
  });

  it("without seed, hash, commit, parameters, dependencies or downloads says so or leaves them out", () => {
    const html = provenancePage(
      results({ tool: { name: "t" }, schemaVersion: 1 }),
      { facts: [] },
      { gitCommit: null, toolVersion: "0", dependencies: {}, sourceDateEpoch: 0 },
      [],
    );
    expect(html).toBe(
      framed([
        "<h1>Model and provenance</h1>",
        '<section aria-labelledby="h-build"><h2 id="h-build">Build</h2>',
        '<div class="table-scroll"><table class="sg-table facts"><caption>How these results were produced</caption><tbody>',
        '<tr><th scope="row">Git commit</th><td><code>unknown (not built from a git checkout)</code></td></tr>',
        '<tr><th scope="row">Tool</th><td><code>t 0</code></td></tr>',
        '<tr><th scope="row">Results schema version</th><td><code>1</code></td></tr>',
        '<tr><th scope="row">Build date (SOURCE_DATE_EPOCH)</th><td><code>1970-01-01T00:00:00Z (0)</code></td></tr>',
        "</tbody></table></div></section>",
        '<section aria-labelledby="h-dl"><h2 id="h-dl">Downloads</h2>',
        '<ul class="downloads">',
        "",
        "</ul></section>",
        '<section aria-labelledby="h-params"><h2 id="h-params">Parameters</h2>',
        "<p>No parameter descriptions were provided.</p>",
        "<details><summary>The parameter file as used</summary>",
        '<pre class="params-text"><code></code></pre></details></section>',
        ...DEPS_HEAD,
        "<tbody></tbody></table></div></section>",
      ]),
    );
  });

  it("with a parameter file but no descriptions shows the file and says there are none", () => {
    const html = provenancePage(
      results({ seed: 0, tool: { name: "t" }, schemaVersion: 1 }),
      { facts: [], parameters: { text: "seed: 0", descriptions: {} } },
      { gitCommit: null, toolVersion: "0", dependencies: {}, sourceDateEpoch: 0 },
      [],
    );
    expect(html).toContain('<tr><th scope="row">Seed</th><td><code>0</code></td></tr>\n<tr><th scope="row">Git commit</th>');
    expect(html).toContain(
      '<h2 id="h-params">Parameters</h2>\n<p>No parameter descriptions were provided.</p>\n<details><summary>The parameter file as used</summary>\n<pre class="params-text"><code>seed: 0</code></pre>',
    );
  });
});
