/** What the site copies from disk, read from a fake repository with its own node_modules. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadSiteAssets } from "../../../src/site/loadSiteAssets.js";

let dir: string;
const put = (path: string, text: string): void => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

/** Packages in repo/node_modules; the site is loaded from repo/sub, so each is found one folder up. */
function fakeRepo(): string {
  for (const pkg of ["vega", "vega-lite", "vega-embed", "katex", "@fontsource/libertinus-serif", "@fontsource/libertinus-sans"]) put(`repo/node_modules/${pkg}/package.json`, "{}");
  put("repo/node_modules/vega/build/vega.min.js", "vega()\n//# sourceMappingURL=vega.min.js.map \n");
  put("repo/node_modules/vega-lite/build/vega-lite.min.js", "vl()\n//# sourceMappingURL=a b\n");
  put("repo/node_modules/vega-embed/build/vega-embed.min.js", "ve()");
  put(
    "repo/node_modules/katex/dist/katex.min.css",
    '@font-face{src:url(fonts/A.woff2) format("woff2"),  url(fonts/A.woff) format("woff"), url(fonts/A.ttf) format("truetype")}',
  );
  put("repo/node_modules/katex/dist/fonts/B.woff2", "b2");
  put("repo/node_modules/katex/dist/fonts/B.woff", "b1");
  put("repo/node_modules/katex/dist/fonts/A.woff2", "a2");
  put("repo/node_modules/@fontsource/libertinus-serif/files/libertinus-serif-latin-400-normal.woff2", "s400");
  put("repo/node_modules/@fontsource/libertinus-serif/files/libertinus-serif-latin-400-normal.woff", "no");
  put("repo/node_modules/@fontsource/libertinus-serif/files/libertinus-serif-latin-ext-400-normal.woff2", "no");
  put("repo/node_modules/@fontsource/libertinus-sans/files/libertinus-sans-latin-700-italic.woff2", "i700");
  put("repo/node_modules/@fontsource/libertinus-sans/files/libertinus-sans-latin-700-italic.woff2.bak", "no");
  put("repo/node_modules/@fontsource/libertinus-sans/files/x-libertinus-sans-latin-700-italic.woff2", "no");
  put("repo/node_modules/@fontsource/libertinus-sans/files/libertinus-sans-latin-400-normal.woff2", "n400");
  // A folder named like the package but without package.json is not the package.
  mkdirSync(join(dir, "repo/sub/node_modules/vega"), { recursive: true });
  put("repo/sub/templates/site/site.css", "css{}");
  put("repo/sub/templates/site/site.js", "js()");
  return join(dir, "repo/sub");
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "safety-gap-assets-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("loadSiteAssets", () => {
  it("copies the bundles without source-map comments, KaTeX with only woff2, the Libertinus latin fonts, and the site's own files", () => {
    const assets = loadSiteAssets(fakeRepo());
    expect(assets.css).toBe("css{}");
    expect(assets.js).toBe("js()");
    expect([...assets.files.keys()]).toEqual([
      "static/vendor/vega.min.js",
      "static/vendor/vega-lite.min.js",
      "static/vendor/vega-embed.min.js",
      "static/katex/katex.min.css",
      "static/katex/fonts/A.woff2",
      "static/katex/fonts/B.woff2",
      "static/fonts/libertinus-serif-latin-400-normal.woff2",
      "static/fonts/libertinus-sans-latin-400-normal.woff2",
      "static/fonts/libertinus-sans-latin-700-italic.woff2",
    ]);
    expect(assets.files.get("static/vendor/vega.min.js")).toBe("vega()\n");
    // Not a source-map comment: a URL has no space.
    expect(assets.files.get("static/vendor/vega-lite.min.js")).toBe("vl()\n//# sourceMappingURL=a b\n");
    expect(assets.files.get("static/vendor/vega-embed.min.js")).toBe("ve()");
    expect(assets.files.get("static/katex/katex.min.css")).toBe('@font-face{src:url(fonts/A.woff2) format("woff2")}');
    expect(String(assets.files.get("static/katex/fonts/A.woff2"))).toBe("a2");
    expect(String(assets.files.get("static/fonts/libertinus-sans-latin-700-italic.woff2"))).toBe("i700");
  });

  it("names the package that is not installed", () => {
    fakeRepo();
    rmSync(join(dir, "repo/node_modules/katex"), { recursive: true });
    expect(() => loadSiteAssets(join(dir, "repo/sub"))).toThrow(
      new Error("supplement: cannot read node_modules/katex; is the katex package installed? Run `npm install` in the repository"),
    );
  });

  it("names a file the site needs that is missing", () => {
    const root = fakeRepo();
    rmSync(join(root, "templates/site/site.js"));
    expect(() => loadSiteAssets(root)).toThrow(
      new Error(`supplement: cannot read ${join(root, "templates/site/site.js")}; is the safety-gap package installed? Run \`npm install\` in the repository`),
    );
  });
});
