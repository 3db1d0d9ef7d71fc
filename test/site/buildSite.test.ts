/**
 * The supplement without a browser: the files it writes, byte-identical
 * rebuilds, no URL that leaves the site, every number of the paper linked
 * and described, tables and CSVs agreeing with results.json.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "../../src/site/index.js";
import type { SiteFiles, SiteInput } from "../../src/site/types.js";
import { syntheticSiteInput } from "./syntheticSite.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const text = (files: SiteFiles, p: string): string => {
  const d = files.get(p);
  if (d === undefined) throw new Error(`no ${p}`);
  return typeof d === "string" ? d : Buffer.from(d).toString("utf8");
};

describe("buildSite", () => {
  let input: SiteInput;
  let files: SiteFiles;
  beforeAll(async () => {
    input = await syntheticSiteInput(repo);
    files = buildSite(input);
  });

  it("writes the pages, table CSVs at every scale, downloads and local vendor bundles", () => {
    for (const p of ["index.html", "tables.html", "figures.html", "numbers.html", "check.html", "provenance.html", "results.json", "data/7B.csv", "data/samples.csv", "static/site.css", "static/site.js", "static/vendor/vega.min.js", "static/vendor/vega-lite.min.js", "static/vendor/vega-embed.min.js", "static/katex/katex.min.css"]) {
      expect(files.has(p), p).toBe(true);
    }
    for (const s of ["1B", "7B", "13B"]) for (const t of [1, 2, 3, 4]) expect(files.has(`tables/table${t}-${s}.csv`)).toBe(true);
  });

  it("refers only to files it writes (CSS url() and page src/href)", () => {
    for (const [p] of files) {
      if (!/\.(html|css)$/.test(p)) continue;
      const t = text(files, p);
      const dir = p.includes("/") ? p.slice(0, p.lastIndexOf("/") + 1) : "";
      const refs = [...t.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g), ...(p.endsWith(".html") ? t.matchAll(/(?:src|href)="([^"#]+)[^"]*"/g) : [])].map((m) => m[1]!);
      for (const ref of refs) {
        if (/^(data:|#)/.test(ref)) continue;
        const target = new URL(ref, `file:///site/${dir}`).pathname.slice("/site/".length);
        expect(files.has(target), `${p} -> ${ref}`).toBe(true);
      }
    }
  });

  it("gives the same bytes twice", async () => {
    const again = buildSite(await syntheticSiteInput(repo));
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [p, d] of files) expect(Buffer.from(again.get(p)!).equals(Buffer.from(d)), p).toBe(true);
  });

  it("no page, stylesheet or script of ours refers to anything outside the site", () => {
    for (const [p] of files) {
      if (!/\.(html|css)$/.test(p) && p !== "static/site.js") continue;
      const t = text(files, p);
      // Attribute and CSS urls only: prose and the spec's $schema string (never fetched) are fine.
      expect(t.match(/(?:src|href)\s*=\s*"(?:https?:)?\/\/[^"]*"/gi) ?? [], p).toEqual([]);
      expect(t.match(/url\(\s*["']?(?:https?:)?\/\//gi) ?? [], p).toEqual([]);
      expect(t.match(/@import/gi) ?? [], p).toEqual([]);
    }
  });

  it("links and describes every number of the paper, with one popup per key", () => {
    const html = text(files, "index.html");
    const links = [...html.matchAll(/<a class="num-link" href="([^"]*)" aria-describedby="([^"]*)"><span class="num"(?: id="[^"]*")? data-key="([^"]*)"/g)];
    expect(links.length).toBe((input.paper.html.match(/class="num"/g) ?? []).length);
    const popFor = new Map<string, string>();
    for (const [, href, pop, key] of links) {
      expect(html).toContain(`id="${pop}" role="tooltip"`);
      if (popFor.has(key!)) expect(popFor.get(key!)).toBe(pop);
      popFor.set(key!, pop!);
      expect(href).toMatch(/^(tables|numbers)\.html#/);
    }
    expect(html).toContain('href="tables.html#table1-7B-CAI" aria-describedby');
    // A p-value has no table row: it goes to the numbers page.
    expect(html).toContain('href="numbers.html#k-cmp.7B.SFT_DPO.ToxiGen.p"');
    expect(html).not.toContain("the paper's own script must be dropped");
    // Nested markup inside a number span is kept.
    expect(html).toMatch(/<span class="num" data-key="summary\.7B\.RLVR\.retention"><span class="digits">[0-9.]+<\/span><\/span><\/a>/);
  });

  it("describes a number computed from several keys with each key, and links it to the first key's row", () => {
    const html = text(files, "index.html");
    const m = /<a class="num-link" href="([^"]*)" aria-describedby="([^"]*)"><span class="num" id="v99"/.exec(html)!;
    expect(m[1]).toBe("tables.html#table1-7B-CAI");
    const pop = new RegExp(`<div class="pop" id="${m[2]}"[^>]*>(.*?)</div>\\n`).exec(html)![1]!;
    expect(pop).toContain("Computed from 2 numbers");
    expect(pop).toContain("<code>summary.7B.CAI.retention</code>");
    expect(pop).toContain("<code>summary.7B.Reasoning-PT.retention</code>");
  });

  it("every link target of the paper exists", () => {
    const html = text(files, "index.html");
    for (const [, page, id] of html.matchAll(/href="(tables|numbers)\.html#([^"]+)"/g)) {
      expect(text(files, `${page}.html`), `${page}.html#${id}`).toContain(`id="${id}"`);
    }
  });

  it("tables have scoped headers, captions and a CSV link", () => {
    const html = text(files, "tables.html");
    expect((html.match(/<caption>/g) ?? []).length).toBe(12);
    expect(html).toContain('<th scope="col">Method</th>');
    expect(html).toContain('<th scope="row">SFT+DPO</th>');
    expect(html).toContain('<th scope="colgroup" colspan="3">Safety</th>');
    expect(html).toContain('href="tables/table3-13B.csv" download');
  });

  it("table CSVs hold results.json's values at full precision", () => {
    const r = input.results;
    const rows = text(files, "tables/table4-1B.csv").trim().split("\r\n").map((l) => l.split(","));
    expect(rows[0]).toEqual(["method", "scale", "Diff", "Cohen's d", "t-stat", "95% CI low", "95% CI high"]);
    const cai = rows.find((x) => x[0] === "CAI")!;
    expect(cai.slice(2).map(Number)).toEqual(["diff", "d", "t", "ciLow", "ciHigh"].map((s) => r.numbers[`cmp.1B.CAI.ToxiGen.${s}`]));
    const t2 = text(files, "tables/table2-7B.csv").trim().split("\r\n").map((l) => l.split(","));
    const rlvr = t2.find((x) => x[0] === "RLVR")!;
    expect(Number(rlvr[2])).toBe(r.numbers["cmp.7B.RLVR.ToxiGen.diff"]! - r.numbers["cmp.7B.SFT+DPO.ToxiGen.diff"]!);
    expect(Number(rlvr[5])).toBe(r.numbers["summary.7B.RLVR.delta"]);
  });

  it("figures carry the static SVG, a hidden scale selector and inline specs with tooltips", () => {
    const html = text(files, "figures.html");
    expect((html.match(/<figure class="fig"/g) ?? []).length).toBe(6);
    expect((html.match(/<div class="fig-host"[^>]*><svg/g) ?? []).length).toBe(6);
    expect(html).toContain('<div class="fig-controls" hidden><label for="fig-fig1-safety-scale">Scale</label>');
    const specs = JSON.parse(/<script type="application\/json" class="fig-specs" data-start="7B">(.*?)<\/script>/.exec(html)![1]!);
    expect(Object.keys(specs)).toEqual(["1B", "7B", "13B"]);
    expect(JSON.stringify(specs["7B"])).toContain('"tooltip":[{"field":"method","type":"nominal","title":null}');
    for (const src of ["static/vendor/vega.min.js", "static/vendor/vega-lite.min.js", "static/vendor/vega-embed.min.js"]) expect(html).toContain(`<script src="${src}">`);
  });

  it("says the check is not available when there is none, and shows it when there is", () => {
    expect(text(files, "check.html")).toContain("not available");
    const withCheck = buildSite({ ...input, checkHtml: "<table><caption>Reproduction check</caption></table>" });
    expect(text(withCheck, "check.html")).toContain('<div class="table-scroll"><table><caption>Reproduction check</caption></table></div>');
  });

  it("shows provenance: seed, hash, commit, versions, descriptions, SOURCE_DATE_EPOCH date and downloads", () => {
    const html = text(files, "provenance.html");
    for (const s of ["42", input.results.paramsHash, "0123456789abcdef0123456789abcdef01234567", "2026-01-01T00:00:00Z", "vega-embed", "Bootstrap resamples per confidence interval.", 'href="results.json" download', 'href="data/samples.csv" download', 'href="data/13B.csv" download']) {
      expect(html).toContain(s);
    }
  });

  it("refuses two parts writing the same path", () => {
    expect(() => buildSite({ ...input, paper: { ...input.paper, assets: new Map([["static/site.css", ""]]) } })).toThrow(/static\/site\.css/);
  });
});
