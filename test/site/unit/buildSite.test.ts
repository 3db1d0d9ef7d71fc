/**
 * buildSite on a tiny input (one table, a one-number paper, no figures):
 * the exact set of files, the download labels and sizes the provenance page
 * lists, which part a path collision names, and what a sweep adds.
 */
import { describe, expect, it } from "vitest";
import { buildSite } from "../../../src/site/buildSite.js";
import { siteFileCollision } from "../../../src/messages/site.js";
import type { Results } from "../../../src/results/types.js";
import type { SiteFiles, SiteInput, SiteTable } from "../../../src/site/types.js";
import type { RobustnessForSite } from "../../../src/site/robustnessPage.js";

const results: Results = { schemaVersion: 1, tool: { name: "t", version: "0" }, numbers: { "a.x": -0.5, "b.y": 0.25 }, sets: { scales: ["1B", "7B"] } };
const table: SiteTable = {
  id: "t1",
  number: 1,
  caption: "Gaps at {scale}",
  stub: "Method",
  columns: [{ header: "Gap" }],
  byScale: { "1B": [{ label: "A", cells: [{ text: "\u22120.5000", keys: ["a.x"] }] }], "7B": [{ label: "A", cells: [{ text: "0.2500", keys: ["b.y"] }] }] },
};
const input = (over: Partial<SiteInput> = {}): SiteInput => ({
  results,
  paper: { html: '<p>Gap <span class="num" data-key="a.x">\u22120.50</span></p>' },
  figures: [],
  tables: [table],
  source: { facts: [] },
  provenance: { gitCommit: null, toolVersion: "0", dependencies: {}, sourceDateEpoch: 0 },
  downloads: new Map(),
  assets: { css: "css", js: "js", files: new Map([["static/vendor/v.js", "v"]]) },
  ...over,
});
const text = (files: SiteFiles, p: string): string => {
  const d = files.get(p);
  if (d === undefined) throw new Error(`no ${p}`);
  return typeof d === "string" ? d : Buffer.from(d).toString("utf8");
};
const downloadList = (files: SiteFiles): string => /<ul class="downloads">\n([\s\S]*?)\n<\/ul>/.exec(text(files, "provenance.html"))![1]!;
const item = (path: string, label: string, bytes: number): string => `<li><a href="${path}" download>${label}</a> <span class="size">(${bytes} bytes)</span></li>`;
const collision = (over: Partial<SiteInput>): string => {
  try {
    buildSite(input(over));
  } catch (e) {
    return (e as Error).message;
  }
  return "no collision";
};

describe("buildSite on a tiny input", () => {
  it("writes each table's CSV at every scale, the downloads, the pages and the assets, in that order", () => {
    const files = buildSite(input({ downloads: new Map([["results.json", "{}"]]), paper: { html: "<p>p</p>", assets: new Map([["paper.css", "p{}"]]) } }));
    expect([...files.keys()]).toEqual([
      "tables/t1-1B.csv",
      "tables/t1-7B.csv",
      "results.json",
      "index.html",
      "tables.html",
      "figures.html",
      "numbers.html",
      "check.html",
      "provenance.html",
      "static/site.css",
      "static/site.js",
      "static/vendor/v.js",
      "paper.css",
    ]);
    expect(files.get("static/site.css")).toBe("css");
    expect(files.get("paper.css")).toBe("p{}");
  });

  it("writes no table CSV when the results name no scales", () => {
    const files = buildSite(input({ results: { ...results, sets: {} } }));
    expect([...files.keys()].filter((p) => p.endsWith(".csv"))).toEqual([]);
    expect(downloadList(files)).toBe("");
  });

  it("lists the downloads sorted by path, labelled by what they hold, then the table CSVs, with their sizes in bytes", () => {
    const downloads = new Map<string, Uint8Array | string>([
      ["results.json", "{}"],
      ["out/results.json", "{\u00e9}"],
      ["data/samples.csv", "s"],
      ["data/run-13B.csv", new Uint8Array([1, 2, 3])],
      ["data/7B.csv", "ab"],
      ["data/run_1B.csv", "a"],
      ["data/x7B.csv", "a"],
      ["data/7B.csv.gz", "a"],
      ["notes", "a"],
    ]);
    const files = buildSite(input({ downloads }));
    const csvBytes = (p: string): number => Buffer.byteLength(text(files, p));
    expect(downloadList(files)).toBe(
      [
        item("data/7B.csv", "data/7B.csv: per-configuration statistics at 7B (CSV)", 2),
        item("data/7B.csv.gz", "data/7B.csv.gz", 1),
        item("data/run-13B.csv", "data/run-13B.csv: per-configuration statistics at 13B (CSV)", 3),
        item("data/run_1B.csv", "data/run_1B.csv: per-configuration statistics at 1B (CSV)", 1),
        item("data/samples.csv", "data/samples.csv: every simulated sample score (CSV)", 1),
        item("data/x7B.csv", "data/x7B.csv", 1),
        item("notes", "notes", 1),
        item("out/results.json", "out/results.json: every number of the paper, keyed (JSON)", 4),
        item("results.json", "results.json: every number of the paper, keyed (JSON)", 2),
        item("tables/t1-1B.csv", "Table 1, 1B (CSV)", csvBytes("tables/t1-1B.csv")),
        item("tables/t1-7B.csv", "Table 1, 7B (CSV)", csvBytes("tables/t1-7B.csv")),
      ].join("\n"),
    );
  });

  it("names the part that would overwrite a path another part writes", () => {
    const dl = (p: string): Partial<SiteInput> => ({ downloads: new Map([[p, "x"]]) });
    expect(collision({ tables: [table, { ...table, number: 2 }] })).toBe(siteFileCollision("tables/t1-1B.csv", "the supplement tables"));
    expect(collision(dl("tables/t1-7B.csv"))).toBe(siteFileCollision("tables/t1-7B.csv", "the downloads"));
    expect(collision(dl("index.html"))).toBe(siteFileCollision("index.html", "the paper page"));
    expect(collision(dl("tables.html"))).toBe(siteFileCollision("tables.html", "the tables page"));
    expect(collision(dl("figures.html"))).toBe(siteFileCollision("figures.html", "the figures page"));
    expect(collision(dl("numbers.html"))).toBe(siteFileCollision("numbers.html", "the numbers page"));
    expect(collision(dl("check.html"))).toBe(siteFileCollision("check.html", "the check page"));
    expect(collision(dl("provenance.html"))).toBe(siteFileCollision("provenance.html", "the provenance page"));
    expect(collision({ ...dl("robustness.html"), robustness })).toBe(siteFileCollision("robustness.html", "the robustness page"));
    expect(collision(dl("static/site.css"))).toBe(siteFileCollision("static/site.css", "the site assets"));
    expect(collision(dl("static/site.js"))).toBe(siteFileCollision("static/site.js", "the site assets"));
    expect(collision(dl("static/vendor/v.js"))).toBe(siteFileCollision("static/vendor/v.js", "the site assets"));
    expect(collision({ paper: { html: "", assets: new Map([["static/site.js", ""]]) } })).toBe(siteFileCollision("static/site.js", "the paper's assets"));
  });

  const spread = { mean: 0, sd: 0.125, min: -1, max: 1, q025: -0.75, q975: 0.5, seeds: 5, paper: -0.5, paperPercentile: 40 };
  const robustness: RobustnessForSite = {
    sweep: { format: "safety-gap sweep", schemaVersion: 1, tool: { name: "t", version: "0" }, paramsHash: "h", paperSeed: 1, seeds: [1, 2, 3, 4, 5], bootstrapped: [], numbers: { "a.x": spread }, published: {}, claims: {}, rankings: [] },
    fragileBelow: 0.9,
    figures: [],
  };

  it("with a sweep, adds the robustness page to every page's navigation and the spread to the popups and the numbers page", () => {
    const downloads = new Map<string, Uint8Array | string>([
      ["notes.txt", "<nav><ul></ul></nav>"],
      ["raw.html", new Uint8Array([60, 47, 117, 108, 62])],
    ]);
    const files = buildSite(input({ robustness, downloads }));
    const entry = (current: boolean): string => `<li><a href="robustness.html"${current ? ' aria-current="page"' : ""}>Robustness to the seed</a></li></ul></nav>`;
    for (const p of ["index.html", "tables.html", "figures.html", "numbers.html", "check.html", "provenance.html"]) expect(text(files, p), p).toContain(entry(false));
    expect(text(files, "robustness.html")).toContain(entry(true));
    expect(files.get("notes.txt")).toBe("<nav><ul></ul></nav>");
    expect(files.get("raw.html")).toEqual(new Uint8Array([60, 47, 117, 108, 62]));
    const index = text(files, "index.html");
    expect(index).toContain('<p class="pop-spread">Over 5 seeds: SD 0.1250, 95% in [\u22120.7500, 0.5000]</p>');
    expect(text(files, "numbers.html")).toContain("<td>SD 0.1250; 95% in [\u22120.7500, 0.5000]</td>");
    // b.y was not swept: its row has an empty spread cell.
    expect(text(files, "numbers.html")).toMatch(/<tr id="k-b\.y">.*<td>0\.25<\/td><td><\/td><\/tr>/);
  });

  it("without a sweep, has no robustness page and no spread", () => {
    const files = buildSite(input());
    expect(files.has("robustness.html")).toBe(false);
    expect(text(files, "index.html")).not.toContain("robustness.html");
    expect(text(files, "index.html")).not.toContain("pop-spread");
  });
});
