/**
 * The real paper, built from report/ at the paper's size and printed: what
 * a reader of the PDF sees is what results.json says. Checks every cell of
 * Tables 1-4 in the PDF's text, each table number against its key, the
 * equation numbers, the six figure captions, the page count, that no
 * "undefined", "NaN" or KaTeX error reached the HTML or the PDF, and that the
 * PDF's text copies cleanly: no zero-width characters, minus signs not hyphens.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { browserAvailable } from "../src/pdf/findBrowser.js";
import type { Results } from "../src/results/types.js";
import { pdfText } from "./helpers/pdfText.js";
import { realPdfBuild } from "./helpers/realOutput.js";

const withPdf = browserAvailable();

let html = "";
let results: Results;
let pages: string[] = [];
/** The PDF's text as pdfjs extracts it, whitespace kept (U+FEFF counts as whitespace for \s). */
let rawPages: string[] = [];
let warnings: string[] = [];

beforeAll(async () => {
  // The real build with its PDF when a browser is found (helpers/realOutput.ts): made once.
  const real = await realPdfBuild();
  const out = real.out;
  warnings = real.warnings;
  html = readFileSync(join(out, "paper.html"), "utf8");
  results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results;
  if (withPdf) {
    rawPages = (await pdfText(readFileSync(join(out, "paper.pdf")))).pages;
    pages = rawPages.map((p) => p.replace(/\s+/g, " ").trim());
  }
});

const stripTags = (s: string): string => s.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").trim();
const squash = (s: string): string => s.replace(/\s+/g, "");

/** The tables of the page: caption and the text of every body cell. */
function tables(): { caption: string; cells: string[] }[] {
  return [...html.matchAll(/<figure class="float table[^"]*"[^>]*>\s*<figcaption>([\s\S]*?)<\/figcaption>([\s\S]*?)<\/figure>/g)].map((m) => ({
    caption: stripTags(m[1] ?? ""),
    cells: [...(m[2] ?? "").matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => stripTags(c[1] ?? "")),
  }));
}

describe("the paper (report/ built at full size)", () => {
  it("has Tables 1-4, each filled", () => {
    const t = tables();
    expect(t.map((x) => x.caption.split(":")[0])).toEqual(["Table 1", "Table 2", "Table 3", "Table 4"]);
    for (const x of t) expect(x.cells.length, x.caption).toBeGreaterThanOrEqual(16);
  });

  it("prints every table number as its results key says, rounded to the printed digits", () => {
    let checked = 0;
    for (const t of html.matchAll(/<table class="data">([\s\S]*?)<\/table>/g)) {
      for (const m of (t[1] ?? "").matchAll(/<span class="num"[^>]*data-key="([^"]+)"[^>]*>([^<]+)<\/span>/g)) {
        const keys = (m[1] as string).split(" ");
        // A derived cell (e.g. Table 2's per-benchmark delta) names every key it reads.
        for (const k of keys) expect(results.numbers[k], k).toBeDefined();
        if (keys.length > 1) continue;
        const key = keys[0] as string;
        const printed = (m[2] as string).replace("\u2212", "-");
        const value = results.numbers[key];
        expect(value, key).toBeDefined();
        const decimals = printed.split(".")[1]?.length ?? 0;
        expect(Number(printed), key).toBeCloseTo(value as number, decimals - 1);
        expect(Math.abs(Number(printed) - (value as number)), key).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(80);
  });

  it("has no undefined, NaN or KaTeX error in the HTML", () => {
    const text = stripTags(html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<style[\s\S]*?<\/style>/g, ""));
    expect(text).not.toMatch(/\bundefined\b|\bNaN\b/);
    expect(html).not.toContain("katex-error");
  });

  it.skipIf(!withPdf)("prints every cell of Tables 1-4 into the PDF", () => {
    const all = squash(pages.join(" "));
    for (const t of tables()) for (const cell of t.cells) expect(all, `${t.caption.slice(0, 8)}: ${cell}`).toContain(squash(cell));
  });

  it.skipIf(!withPdf)("has 5-6 pages, equations (1)-(4), six figure captions and the references", () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.length).toBeLessThanOrEqual(6);
    const all = pages.join(" ");
    for (const n of [1, 2, 3, 4]) expect(all).toContain(`(${n})`);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(all).toMatch(new RegExp(`Figure ${n}:`));
    expect(all).toContain("REFERENCES");
    expect(all).toMatch(/\[17\]/);
  });

  it.skipIf(!withPdf)("states the page count the PDF has (ACM reference line)", () => {
    expect(warnings.filter((w) => w.includes("pages"))).toEqual([]);
    expect(pages.join(" ")).toContain(`${pages.length} pages`);
  });

  it.skipIf(!withPdf)("has no undefined, NaN or KaTeX error in the PDF", () => {
    const all = pages.join(" ");
    expect(all).not.toMatch(/\bundefined\b|\bNaN\b|ParseError|KaTeX/);
  });

  it.skipIf(!withPdf)("has no zero-width character in the PDF's text layer (copy-paste and pdftotext give the text)", () => {
    const found = rawPages.flatMap((p, i) => [...p.matchAll(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g)].map((m) => `page ${i + 1}: U+${m[0].codePointAt(0)!.toString(16).toUpperCase()} at ${m.index}`));
    expect(found).toEqual([]);
  });

  it.skipIf(!withPdf)("prints negative numbers with the minus sign U+2212, in the text and the tables", () => {
    const all = pages.join(" ");
    // No hyphen-minus before a digit anywhere (prose, tables, figure labels, references).
    expect(all.match(/.{0,20}-\d.{0,10}/g) ?? []).toEqual([]);
    const minus = (key: string): string => `\u2212${Math.abs(results.numbers[key]!).toFixed(4)}`;
    // Prose (Section 3.3) and Table 2's cell of the same number.
    expect(all).toContain(`largest reduction (${minus("summary.7B.CAI.delta")})`);
    expect(all).toContain(`Deliberative (${minus("summary.7B.Deliberative.delta")})`);
    // Table 2's row for CAI ends with its Safety Avg, the same number.
    expect(all).toMatch(new RegExp(`CAI( \u2212\\d\\.\\d{4}){3} ${minus("summary.7B.CAI.delta")}`));
    expect((all.match(/\u2212\d/g) ?? []).length).toBeGreaterThanOrEqual(40);
  });
});
