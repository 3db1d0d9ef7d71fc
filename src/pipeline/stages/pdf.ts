/**
 * Stage 8: paper.html + assets -> paper.pdf, printed by Chromium. Cached on
 * the page's bytes (HTML and every asset), so a rebuild that changed
 * nothing the page shows does not start a browser.
 *
 * The page is printed from memory, in PdfPrinter's sandbox: no file is
 * written for it, so none is left behind, and the browser can load nothing
 * but these files. What the page asks for and cannot get is reported at
 * its source in report/ or templates/ (pageSources.ts).
 */
import { PdfPrinter } from "../../pdf/PdfPrinter.js";
import { requestLocator } from "../pageSources.js";
import { sha256 } from "../hashing.js";
import { codeInputs, timed, type BuildContext } from "../context.js";
import { textOf } from "../../text/textOf.js";

export interface PdfStageInput {
  /** paper.html and the assets it refers to, by path relative to out/. */
  page: Map<string, Uint8Array | string>;
  /** A browser kept open by watch mode; otherwise one is started and closed. */
  printer?: PdfPrinter;
  /** Gets an untagged draft first when the page is printed (not when the PDF is cached): see PrintJob.draft. */
  draft?: (pdf: Uint8Array) => void;
}

export async function pdfStage(ctx: BuildContext, given: PdfStageInput): Promise<Uint8Array> {
  const input = ctx.options.pageSize === undefined ? given : { ...given, page: withPageSize(given.page, ctx.options.pageSize) };
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
    try {
      const { reportDir, templatesDir } = ctx.options;
      const pdf = await printer.print({
        files: input.page,
        entry: "paper.html",
        sourceDateEpoch: ctx.effects.sourceDateEpoch(),
        ...(input.draft ? { draft: input.draft } : {}),
        locate: requestLocator(input.page, "paper.html", { reportDir, templatesDir, cwd: process.cwd() }),
      });
      ctx.cache.store("pdf", inputs, new Map([["paper.pdf", pdf]]));
      return new Uint8Array(pdf);
    } finally {
      if (!input.printer) await printer.close();
    }
  });
}

/**
 * The printed page with the config's page size (pdf.pageSize) over the print
 * stylesheet's: a last `@page` rule sets only the size, so the stylesheet's
 * margins stay. out/paper.html itself is unchanged.
 */
export function withPageSize(page: Map<string, Uint8Array | string>, size: string): Map<string, Uint8Array | string> {
  const html = page.get("paper.html");
  const text = textOf(html);
  const head = text.lastIndexOf("</head>");
  const at = head === -1 ? text.length : head;
  const sized = `${text.slice(0, at)}<style>@page { size: ${size}; }</style>\n${text.slice(at)}`;
  return new Map([...page, ["paper.html", sized]]);
}
