/** A Reader that serves the real report/ and templates/ but lets a test replace any file's text. */
import { resolve } from "node:path";
import { fsReader, type Reader } from "../../src/render/reader.js";

export const REPORT = resolve(import.meta.dirname, "../../report");

export function memoryReader(overrides: Record<string, string> = {}): Reader {
  const abs = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [resolve(import.meta.dirname, "../..", k), v]));
  return {
    ...fsReader,
    text: (p) => abs[resolve(p)] ?? fsReader.text(p),
  };
}

/** A figure callback that needs no Vega: a labelled box. */
export const fakeFigure = async (id: string): Promise<string> =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150" width="300" height="150"><rect width="300" height="150" fill="#eee"/><text x="10" y="20">${id}</text></svg>`;
