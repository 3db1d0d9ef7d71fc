/**
 * PDF stage: print a page holding the six figures (Libertinus Sans from
 * node_modules) with a cold browser (printPdf: launch, print, close) and
 * with a warm PdfPrinter (watch mode: the browser stays open).
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PdfPrinter, printPdf } from "../src/pdf/index.js";
import { listFigures, renderFigure } from "../src/render/figures/index.js";
import { syntheticResults } from "../test/render/figures/syntheticResults.js";

const reportDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../report");

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "safety-gap-bench-pdf-"));
  try {
    const require = createRequire(import.meta.url);
    const fonts = path.join(path.dirname(require.resolve("@fontsource/libertinus-sans/package.json")), "files");
    // Beside the page: the printer loads nothing outside the page's folder.
    copyFileSync(path.join(fonts, "libertinus-sans-latin-400-normal.woff2"), path.join(dir, "sans.woff2"));
    const results = syntheticResults();
    const svgs: string[] = [];
    for (const id of listFigures(reportDir)) svgs.push(await renderFigure(reportDir, id, results));
    const htmlFile = path.join(dir, "figures.html");
    writeFileSync(
      htmlFile,
      `<!doctype html><meta charset="utf-8"><style>@font-face{font-family:"Libertinus Sans";src:url("sans.woff2")} @page{size:letter;margin:0.75in} body{margin:0}</style>${svgs.map((s) => `<p>${s}</p>`).join("")}`,
    );

    let t = performance.now();
    await printPdf({ htmlFile, sourceDateEpoch: 0 });
    console.log(`pdf cold (launch + print + close): ${(performance.now() - t).toFixed(0)} ms`);

    t = performance.now();
    const printer = await PdfPrinter.launch();
    console.log(`pdf printer launch: ${(performance.now() - t).toFixed(0)} ms`);
    try {
      const warm: number[] = [];
      for (let i = 0; i < 3; i++) {
        t = performance.now();
        await printer.print({ htmlFile, sourceDateEpoch: 0 });
        warm.push(performance.now() - t);
      }
      console.log(`pdf warm print: ${warm.map((w) => w.toFixed(0)).join(", ")} ms`);
    } finally {
      await printer.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
