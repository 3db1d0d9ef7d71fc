/**
 * The real paper, PDF and supplement (report/ built at the paper's size),
 * made once (sharedBuild.ts) for the tests that look at them as a reader does
 * (the PDF's text, layout at phone width, accessibility, the supplement's
 * pages and numbers), and its stage cache for the tests that build a patched
 * copy of report/ (compute and the figures are then reused).
 */
import { sharedBuild, type SharedBuild } from "./sharedBuild.js";

let made: Promise<SharedBuild> | undefined;

/** The real build, made once. */
export function realBuild(): Promise<SharedBuild> {
  made ??= sharedBuild({ name: "real-output" });
  return made;
}

/** The `out/` folder of the real build (paper.html, site/, ...). */
export async function realOutput(): Promise<string> {
  return (await realBuild()).out;
}
