/**
 * check.html: the reproduction check and claims checklist as src/review
 * renders them, or a plain statement that they were not produced (a build
 * without `check`), never an empty page.
 */
import { page } from "./layout.js";

export function checkPage(checkHtml: string | null | undefined): string {
  const body =
    checkHtml && checkHtml.trim() !== ""
      ? // Wide tables scroll inside their own box on a phone instead of the whole page.
        checkHtml.replace(/<table\b/g, '<div class="table-scroll"><table').replace(/<\/table>/g, "</table></div>")
      : `<p class="not-available" role="status">The reproduction check and claims checklist are not available for this build. Run <code>safety-gap check</code> (see the README) to compare the published paper with the reproduction and evaluate the paper's claims.</p>`;
  return page({ file: "check.html", title: "Reproduction check", body: `<h1>Reproduction check and claims</h1>\n<div class="check">\n${body}\n</div>` });
}
