/**
 * A whole report held in memory, a few lines long, for unit tests of the
 * render stages: renderPaper on it takes milliseconds (no real paper, no
 * Vega, no node_modules fonts). The reader records every file it is asked
 * for, so a test can state which files a stage reads.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Reader } from "../../../src/render/reader.js";
import type { Results } from "../../../src/results/types.js";

/** Where the in-memory report lives (never on disk). */
export const ROOT = "/tiny";
export const REPORT_DIR = `${ROOT}/report`;

/** The package's own reference style, for reports that format a reference. */
export const CSL = readFileSync(join(import.meta.dirname, "../../../templates/references.csl"), "utf8");

export const PAPER_YAML = "title: T\nauthors: [A]\nyear: 2026\nconference: {}\n";
export const TEMPLATE = "{{date}}|{{titleText}}|{{title}}|{{authors}}|{{abstract}}|{{ccs}}|{{keywords}}|{{acmReference}}|{{permission}}|{{conferenceLine}}|{{copyright}}|{{body}}|{{references}}";

/** The report's files by path relative to ROOT; paths under /pkg/ stand for installed packages. */
export function tinyFiles(extra: Record<string, string> = {}): Record<string, string> {
  return {
    "report/paper.yaml": PAPER_YAML,
    "report/paper/01-text.md": "Hello.\n",
    "report/tables.yaml": "{}\n",
    "report/references.bib": "",
    "templates/paper.html": TEMPLATE,
    "templates/paper.css": "p{}",
    "templates/print.css": "@page{}",
    "templates/screen.css": "body{}",
    ...extra,
  };
}

export interface TinyReader extends Reader {
  /** Every path text() or bytes() was asked for, in order. */
  reads: string[];
}

/**
 * A Reader over `files` (relative to ROOT, or absolute when they start with
 * "/"). Installed packages are /pkg/<name>/<file>; a file not given is read
 * from disk only when it is the package's references.csl, else it is missing.
 */
export function tinyReader(files: Record<string, string>): TinyReader {
  const abs = new Map(Object.entries(files).map(([k, v]) => [k.startsWith("/") ? k : `${ROOT}/${k}`, v]));
  const reads: string[] = [];
  const text = (p: string): string => {
    reads.push(p);
    const v = abs.get(p) ?? (p.endsWith("/templates/references.csl") && !p.startsWith(ROOT) ? CSL : undefined);
    if (v === undefined) throw new Error(`tinyReader: no file ${p}`);
    return v;
  };
  return {
    reads,
    text,
    bytes: (p) => new TextEncoder().encode(text(p)),
    list: (dir) => [...new Set([...abs.keys()].filter((k) => k.startsWith(`${dir}/`)).map((k) => k.slice(dir.length + 1).split("/")[0]!))].sort(),
    packageFile: (pkg, file) => `/pkg/${pkg}/${file}`,
  };
}

/** Results with one number and one set (scales), enough for a placeholder and a figure caption per scale. */
export function tinyResults(numbers: Record<string, number> = { "x.7B": 0.25, "x.1B": 0.5 }): Results {
  return { schemaVersion: 1, tool: { name: "test", version: "0" }, numbers, sets: { scales: ["1B", "7B"] } };
}

/** Empty stylesheets for every file the assets stage reads from KaTeX and @fontsource. */
export function fontFiles(): Record<string, string> {
  const files: Record<string, string> = { "/pkg/katex/dist/katex.min.css": "" };
  for (const f of ["400.css", "400-italic.css", "600.css", "700.css", "700-italic.css"]) files[`/pkg/@fontsource/libertinus-serif/${f}`] = "";
  for (const f of ["400.css", "400-italic.css", "700.css"]) files[`/pkg/@fontsource/libertinus-sans/${f}`] = "";
  return files;
}
