/**
 * collectAssets from stand-in packages: KaTeX's CSS keeps only its woff2
 * sources and brings those fonts along; @fontsource's rules become one
 * fonts.css with our paths, for the latin, latin-ext and greek subsets only.
 */
import { describe, expect, it } from "vitest";
import { collectAssets } from "../../../src/render/assets.js";
import { tinyReader } from "./tinyReport.js";

const KATEX_CSS =
  '.katex{font:1em}@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2"),url(fonts/KaTeX_Main-Regular.woff) format("woff"),url(fonts/KaTeX_Main-Regular.ttf) format("truetype")}' +
  '@font-face{font-family:KaTeX_Math;src:url(fonts/KaTeX_Math-Italic.woff2) format("woff2"), url(fonts/KaTeX_Math-Italic.woff) format("woff")}';

/** One @fontsource rule, as its CSS files write them. */
const face = (family: string, file: string): string =>
  `/* ${file} */\n@font-face {\n  font-family: '${family}';\n  font-display: swap;\n  src: url(./files/${file}.woff2) format('woff2'), url(./files/${file}.woff) format('woff');\n  unicode-range: U+0000-00FF;\n}\n`;

const SERIF = ["400.css", "400-italic.css", "600.css", "700.css", "700-italic.css"];
const SANS = ["400.css", "400-italic.css", "700.css"];

function packages(): Record<string, string> {
  const files: Record<string, string> = { "/pkg/katex/dist/katex.min.css": KATEX_CSS, "/pkg/katex/dist/fonts/KaTeX_Main-Regular.woff2": "main", "/pkg/katex/dist/fonts/KaTeX_Math-Italic.woff2": "math" };
  for (const [pkg, short, css] of [["libertinus-serif", "s", SERIF], ["libertinus-sans", "ss", SANS]] as const)
    for (const f of css) {
      const [weight, style = "normal"] = f.replace(".css", "").split("-");
      const name = `${short}-latin-${weight}-${style}`;
      files[`/pkg/@fontsource/${pkg}/${f}`] = face(pkg, name);
      files[`/pkg/@fontsource/${pkg}/files/${name}.woff2`] = name;
    }
  // One file with every kind of rule: subsets kept and left out, and a rule with no woff2 at all.
  files["/pkg/@fontsource/libertinus-serif/400.css"] = [
    face("S", "s-latin-400-normal"),
    face("S", "s-latin-ext-400-normal"),
    face("S", "s-greek-400-normal"),
    face("S", "s-cyrillic-400-normal"),
    "@font-face {\n  font-family: 'S';\n  src: url(./files/s-vietnamese-400-normal.woff) format('woff');\n}\n",
  ].join("");
  for (const n of ["s-latin-ext-400-normal", "s-greek-400-normal"]) files[`/pkg/@fontsource/libertinus-serif/files/${n}.woff2`] = n;
  return files;
}

const text = (v: Uint8Array | string | undefined): string => (typeof v === "string" ? v : new TextDecoder().decode(v));
const rule = (family: string, file: string): string => `@font-face {\n  font-family: '${family}';\n  font-display: block;\n  src: url(${file}.woff2) format('woff2');\n  unicode-range: U+0000-00FF;\n}`;

describe("collectAssets", () => {
  it("copies KaTeX's CSS with only woff2 sources, its woff2 fonts, and the Libertinus subsets with one fonts.css", () => {
    const assets = collectAssets(tinyReader(packages()));
    expect([...assets.keys()]).toEqual([
      "assets/katex/katex.min.css",
      "assets/katex/fonts/KaTeX_Main-Regular.woff2",
      "assets/katex/fonts/KaTeX_Math-Italic.woff2",
      "assets/fonts/s-latin-400-normal.woff2",
      "assets/fonts/s-latin-ext-400-normal.woff2",
      "assets/fonts/s-greek-400-normal.woff2",
      "assets/fonts/s-latin-400-italic.woff2",
      "assets/fonts/s-latin-600-normal.woff2",
      "assets/fonts/s-latin-700-normal.woff2",
      "assets/fonts/s-latin-700-italic.woff2",
      "assets/fonts/ss-latin-400-normal.woff2",
      "assets/fonts/ss-latin-400-italic.woff2",
      "assets/fonts/ss-latin-700-normal.woff2",
      "assets/fonts/fonts.css",
    ]);
    expect(assets.get("assets/katex/katex.min.css")).toBe(
      '.katex{font:1em}@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2")}@font-face{font-family:KaTeX_Math;src:url(fonts/KaTeX_Math-Italic.woff2) format("woff2")}',
    );
    expect(text(assets.get("assets/katex/fonts/KaTeX_Math-Italic.woff2"))).toBe("math");
    expect(text(assets.get("assets/fonts/ss-latin-700-normal.woff2"))).toBe("ss-latin-700-normal");
    expect(assets.get("assets/fonts/fonts.css")).toBe(
      [
        "/* Libertinus Serif and Sans (SIL OFL 1.1), from @fontsource. */",
        rule("S", "s-latin-400-normal"),
        rule("S", "s-latin-ext-400-normal"),
        rule("S", "s-greek-400-normal"),
        ...["s-latin-400-italic", "s-latin-600-normal", "s-latin-700-normal", "s-latin-700-italic"].map((f) => rule("libertinus-serif", f)),
        ...["ss-latin-400-normal", "ss-latin-400-italic", "ss-latin-700-normal"].map((f) => rule("libertinus-sans", f)),
        "",
      ].join("\n"),
    );
  });

  it("reads the packages once per reader, and gives each caller a map of its own", () => {
    const reader = tinyReader(packages());
    const first = collectAssets(reader);
    const reads = reader.reads.length;
    first.set("assets/paper/paper.css", "mine");
    const second = collectAssets(reader);
    expect(reader.reads.length).toBe(reads);
    expect(second.has("assets/paper/paper.css")).toBe(false);
    expect(second.get("assets/fonts/fonts.css")).toBe(first.get("assets/fonts/fonts.css"));
  });
});
