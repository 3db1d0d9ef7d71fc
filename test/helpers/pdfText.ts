/**
 * Text of a PDF, one string per page, for tests that check what was printed.
 * Uses pdfjs-dist's legacy build, the one that runs in Node without DOM.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfTextResult {
  pages: string[];
  pageCount: number;
}

export async function pdfText(pdf: Uint8Array): Promise<PdfTextResult> {
  // pdfjs transfers (detaches) the buffer it is given: pass a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(text);
    }
    return { pages, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/** Page texts with runs of whitespace collapsed, for substring assertions. */
export async function pdfPlainText(pdf: Uint8Array): Promise<string[]> {
  return (await pdfText(pdf)).pages.map((p) => p.replace(/\s+/g, " ").trim());
}
