/**
 * The number of pages of a PDF as Chromium writes it: one `/Type /Page`
 * dictionary per page (the page tree's nodes are `/Type /Pages`).
 */
export function countPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  return text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
