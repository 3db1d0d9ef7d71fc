/**
 * Reads what the site copies from disk: its CSS and script from
 * templates/site/, and the vega, vega-lite and vega-embed browser bundles,
 * KaTeX's CSS and fonts, and the Libertinus fonts from node_modules (the
 * site never loads anything from a CDN). Kept apart from buildSite so that
 * buildSite stays pure.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { SiteAssets } from "./types.js";
import { siteAssetMissing } from "../messages/site.js";

/** The folder of an installed package, looked up the way Node resolves node_modules. */
function packageDir(root: string, name: string): string {
  let dir = resolve(root);
  for (;;) {
    const p = join(dir, "node_modules", name);
    if (existsSync(join(p, "package.json"))) return p;
    const up = dirname(dir);
    if (up === dir) throw new Error(siteAssetMissing(join("node_modules", name), name));
    dir = up;
  }
}

function read(path: string, pkg: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new Error(siteAssetMissing(path, pkg));
  }
}

/** `root` is the repository (where templates/ and node_modules/ are). */
export function loadSiteAssets(root: string): SiteAssets {
  const files = new Map<string, Uint8Array | string>();
  const vendor: [string, string, string][] = [
    ["vega", "build/vega.min.js", "static/vendor/vega.min.js"],
    ["vega-lite", "build/vega-lite.min.js", "static/vendor/vega-lite.min.js"],
    ["vega-embed", "build/vega-embed.min.js", "static/vendor/vega-embed.min.js"],
  ];
  for (const [pkg, from, to] of vendor) {
    // Source-map comments would make devtools request a .map we do not ship.
    const text = read(join(packageDir(root, pkg), from), pkg).toString("utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
    files.set(to, text);
  }
  const katex = packageDir(root, "katex");
  // Only woff2 is copied, so the woff/ttf fallbacks are taken out of
  // katex.css too: no reference may point at a file the site lacks.
  const katexCss = read(join(katex, "dist/katex.min.css"), "katex")
    .toString("utf8")
    .replace(/,\s*url\(fonts\/[^)]+\.woff\) format\("woff"\)/g, "")
    .replace(/,\s*url\(fonts\/[^)]+\.ttf\) format\("truetype"\)/g, "");
  files.set("static/katex/katex.min.css", katexCss);
  // Stryker disable next-line MethodExpression: Node's readdirSync (libuv scandir) already returns names sorted by strcmp; the sort only states the order
  for (const f of readdirSync(join(katex, "dist/fonts")).sort()) {
    if (f.endsWith(".woff2")) files.set(`static/katex/fonts/${f}`, read(join(katex, "dist/fonts", f), "katex"));
  }
  for (const fam of ["libertinus-serif", "libertinus-sans"]) {
    const dir = join(packageDir(root, `@fontsource/${fam}`), "files");
    // Stryker disable next-line MethodExpression: Node's readdirSync (libuv scandir) already returns names sorted by strcmp; the sort only states the order
    for (const f of readdirSync(dir).sort()) {
      if (/^libertinus-(serif|sans)-latin-(400|700)-(normal|italic)\.woff2$/.test(f)) files.set(`static/fonts/${f}`, read(join(dir, f), fam));
    }
  }
  return {
    css: read(join(root, "templates/site/site.css"), "safety-gap").toString("utf8"),
    js: read(join(root, "templates/site/site.js"), "safety-gap").toString("utf8"),
    files,
  };
}
