/**
 * Real text widths for the figures' font. Without a canvas, vega estimates
 * every string as 0.8 em per character, so axis labels and titles get laid
 * out for text far wider (or narrower) than the browser draws. We measure
 * with the same Libertinus Sans files the page serves (@fontsource woff2),
 * shaped by fontkit with kerning, as the browser does.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import { create as createFont, type Font } from "fontkit";

export const FIGURE_FONT = "Libertinus Sans";

type Face = "regular" | "bold" | "italic";
const FILES: Record<Face, string[]> = {
  // latin first; latin-ext and greek (for Δ in axis titles) cover what the
  // latin subset lacks, as the browser picks subsets by unicode-range.
  regular: ["latin-400-normal", "latin-ext-400-normal", "greek-400-normal"],
  bold: ["latin-700-normal", "latin-ext-700-normal", "greek-700-normal"],
  italic: ["latin-400-italic", "latin-ext-400-italic", "greek-400-italic"],
};

let faces: Record<Face, Font[]> | undefined;

function loadFaces(): Record<Face, Font[]> {
  if (faces) return faces;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve("@fontsource/libertinus-sans/package.json")), "files");
  const load = (name: string): Font => createFont(readFileSync(path.join(dir, `libertinus-sans-${name}.woff2`)));
  faces = { regular: FILES.regular.map(load), bold: FILES.bold.map(load), italic: FILES.italic.map(load) };
  return faces;
}

const cache = new Map<string, number>();

/** Width in px of `text` at `fontSize` px. Unknown glyphs count 0.5 em. */
export function measureText(text: string, fontSize: number, weight: string | number | undefined, style: string | undefined): number {
  if (!text || fontSize <= 0) return 0;
  const face: Face = style === "italic" ? "italic" : Number(weight) >= 600 || weight === "bold" ? "bold" : "regular";
  const key = `${face}|${text}`;
  let emWidth = cache.get(key);
  if (emWidth === undefined) {
    emWidth = 0;
    const fonts = loadFaces()[face];
    // Shape runs of characters that the same subset covers, so kerning applies within a run.
    let run = "";
    let runFont: Font | undefined;
    const flush = (): void => {
      if (run && runFont) emWidth! += runFont.layout(run).advanceWidth / runFont.unitsPerEm;
      else if (run) emWidth! += 0.5 * [...run].length;
      run = "";
    };
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      const f = fonts.find((x) => x.hasGlyphForCodePoint(cp));
      if (f !== runFont) {
        flush();
        runFont = f;
      }
      run += ch;
    }
    flush();
    cache.set(key, emWidth);
  }
  return emWidth * fontSize;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  fontStyle?: string;
  font?: string;
  limit?: number;
}

interface VegaTextMetrics {
  width: (item: TextItem, text: unknown) => number;
  estimateWidth: (item: TextItem, text: unknown) => number;
}

/**
 * Points vega's global `textMetrics.width` at our measurement. Idempotent;
 * vega reads the function at layout time, so installing once per process
 * suffices. Truncation (`limit`) is handled by vega calling back into us.
 */
const installed = new WeakSet<object>();

export function installTextMetrics(textMetrics: unknown): void {
  const tm = textMetrics as VegaTextMetrics;
  if (installed.has(tm.width)) return;
  const width = (item: TextItem, text: unknown): number => {
    const s = text == null ? "" : String(text).trim();
    const size = item.fontSize != null ? +item.fontSize || 0 : 11;
    const w = measureText(s, size, item.fontWeight, item.fontStyle);
    // vega's own width functions measure the truncated text; do the same.
    const limit = item.limit ?? 0;
    if (limit <= 0 || w <= limit) return w;
    const chars = [...s];
    let n = chars.length;
    while (n > 0 && measureText(chars.slice(0, n).join("") + "\u2026", size, item.fontWeight, item.fontStyle) > limit) n--;
    return measureText(chars.slice(0, n).join("") + "\u2026", size, item.fontWeight, item.fontStyle);
  };
  installed.add(width);
  tm.width = width;
}
