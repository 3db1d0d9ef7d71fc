/**
 * Stage 8: paper.html + assets -> paper.pdf, printed by Chromium. Cached on
 * the page's bytes (HTML and every asset), so a rebuild that changed
 * nothing the page shows does not start a browser.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PdfPrinter } from "../../pdf/PdfPrinter.js";
import { sha256 } from "../hashing.js";
import { codeInputs, timed, type BuildContext } from "../context.js";

export interface PdfStageInput {
  /** paper.html and the assets it refers to, by path relative to out/. */
  page: Map<string, Uint8Array | string>;
  /** A browser kept open by watch mode; otherwise one is started and closed. */
  printer?: PdfPrinter;
}

export async function pdfStage(ctx: BuildContext, input: PdfStageInput): Promise<Uint8Array> {
  const pageHash = sha256(
    [...input.page.keys()]
      .sort()
      .map((p) => `${p}\0${sha256(input.page.get(p) as Uint8Array | string)}`)
      .join("\n"),
  );
  const inputs = { page: pageHash, sourceDate: String(ctx.effects.sourceDateEpoch()), ...codeInputs(ctx, ["pdf"], ["puppeteer-core"]) };
  const hit = ctx.cache.lookup("pdf", inputs);
  if (hit.hit) {
    const pdf = hit.files.get("paper.pdf") as Uint8Array;
    return timed(ctx, "pdf", false, "cached", () => pdf);
  }
  return timed(ctx, "pdf", true, hit.reason, async () => {
    const printer = input.printer ?? (await PdfPrinter.launch({ env: process.env }));
    // Chromium prints from a file: lay the page out in a scratch folder, as it will be in out/.
    // The printer removes it too if a signal stops the build meanwhile.
    const dir = mkdtempSync(join(tmpdir(), "safety-gap-print-"));
    const untrack = printer.track(dir);
    try {
      for (const [rel, data] of input.page) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), data);
      }
      const pdf = await printer.print({ htmlFile: join(dir, "paper.html"), sourceDateEpoch: ctx.effects.sourceDateEpoch() });
      ctx.cache.store("pdf", inputs, new Map([["paper.pdf", pdf]]));
      return new Uint8Array(pdf);
    } finally {
      untrack();
      rmSync(dir, { recursive: true, force: true });
      if (!input.printer) await printer.close();
    }
  });
}
