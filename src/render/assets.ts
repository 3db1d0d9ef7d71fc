/**
 * Offline assets, copied from node_modules into out/assets/: KaTeX's CSS and
 * its woff2 fonts, and Libertinus Serif/Sans (latin + latin-ext woff2) with
 * an @font-face sheet derived from @fontsource's own CSS (keeping its
 * unicode-range lines). Only woff2 is referenced: Chromium needs nothing
 * else, and no reference may point at a file we did not copy.
 */
import type { Reader } from "./reader.js";

export type Assets = Map<string, Uint8Array | string>;

const FONT_FILES: { pkg: string; css: string[] }[] = [
  { pkg: "@fontsource/libertinus-serif", css: ["400.css", "400-italic.css", "600.css", "700.css", "700-italic.css"] },
  { pkg: "@fontsource/libertinus-sans", css: ["400.css", "400-italic.css", "700.css"] },
];
// latin for text, greek for symbols in figure labels (Δ, α).
const SUBSETS = /-(latin|latin-ext|greek)-\d{3}-(normal|italic)\.woff2$/;

/**
 * The assets each reader gave: they come from installed packages, which do
 * not change while a watch session runs, so its rebuilds read them once.
 */
const collected = new WeakMap<Reader, Assets>();

/** A new map each call (the caller adds the templates' stylesheets to it); the bytes are shared, never written. */
export function collectAssets(reader: Reader): Assets {
  let assets = collected.get(reader);
  if (!assets) collected.set(reader, (assets = readAssets(reader)));
  return new Map(assets);
}

function readAssets(reader: Reader): Assets {
  const assets: Assets = new Map();
  // KaTeX: keep only the woff2 source of each @font-face.
  const katexCss = reader
    .text(reader.packageFile("katex", "dist/katex.min.css"))
    .replace(/,\s*url\(fonts\/[^)]+\.woff\) format\("woff"\)/g, "")
    .replace(/,\s*url\(fonts\/[^)]+\.ttf\) format\("truetype"\)/g, "");
  assets.set("assets/katex/katex.min.css", katexCss);
  for (const m of katexCss.matchAll(/url\(fonts\/([^)]+\.woff2)\)/g)) {
    const name = m[1]!;
    assets.set(`assets/katex/fonts/${name}`, reader.bytes(reader.packageFile("katex", `dist/fonts/${name}`)));
  }
  // Libertinus: rewrite @fontsource's @font-face rules to our paths, latin subsets only.
  const faces: string[] = [];
  for (const { pkg, css } of FONT_FILES)
    for (const file of css) {
      const text = reader.text(reader.packageFile(pkg, file));
      for (const block of text.split("@font-face").slice(1)) {
        const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
        if (!woff2 || !SUBSETS.test(woff2)) continue;
        assets.set(`assets/fonts/${woff2}`, reader.bytes(reader.packageFile(pkg, `files/${woff2}`)));
        const body = block
          .slice(block.indexOf("{"), block.indexOf("}") + 1)
          .replace(/src:[^;]+;/, `src: url(${woff2}) format('woff2');`)
          .replace(/font-display: swap;/, "font-display: block;");
        faces.push(`@font-face ${body}`);
      }
    }
  assets.set("assets/fonts/fonts.css", `/* Libertinus Serif and Sans (SIL OFL 1.1), from @fontsource. */\n${faces.join("\n")}\n`);
  return assets;
}
