/**
 * The real paper and supplement (report/ built at the paper's size), made
 * once (sharedBuild.ts) for the tests that look at them as a reader does
 * (layout at phone width, accessibility, the supplement's pages and numbers),
 * and its stage cache for the tests that build a patched copy of report/
 * (compute and the figures are then reused). Without the PDF: only the tests
 * of the PDF's text need it, and they ask for `realPdfBuild()`.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { sharedBuild, type SharedBuild } from "./sharedBuild.js";

let made: Promise<SharedBuild> | undefined;
let printed: Promise<SharedBuild> | undefined;

/** The real build without the PDF, made once. */
export function realBuild(): Promise<SharedBuild> {
  made ??= sharedBuild({ name: "real-output" });
  return made;
}

/** The `out/` folder of the real build (paper.html, site/, ...). */
export async function realOutput(): Promise<string> {
  return (await realBuild()).out;
}

/**
 * The real build with paper.pdf (when a browser is found), made once: a copy
 * of `realBuild()`'s project with its stage cache, so only the PDF is new.
 */
export async function realPdfBuild(): Promise<SharedBuild> {
  const stages = (await realBuild()).cache;
  printed ??= sharedBuild({ name: "real-pdf", pdf: true, prepare: (project) => cpSync(stages, join(project, ".cache"), { recursive: true }) });
  return printed;
}
