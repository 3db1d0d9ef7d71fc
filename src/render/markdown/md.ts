/** The markdown-it instance with our rules, built once (markdown-it instances are reusable and parsing is pure). */
import MarkdownItCtor from "markdown-it";
import { bracketBeforeMath } from "./rules/bracketBeforeMath.js";
import { citation } from "./rules/citation.js";
import { crossref } from "./rules/crossref.js";
import { directive } from "./rules/directive.js";
import { headingLabel } from "./rules/headingLabel.js";
import { inlineWithLocation } from "./rules/inlineWithLocation.js";
import { mathBlock } from "./rules/mathBlock.js";
import { mathInline } from "./rules/mathInline.js";
import { placeholder } from "./rules/placeholder.js";

export type MarkdownIt = InstanceType<typeof MarkdownItCtor>;

let instance: MarkdownIt | undefined;

export function markdown(): MarkdownIt {
  if (instance) return instance;
  // html: true lets authors write <sup>, <br> etc.; typographer gives curly quotes and en dashes as in the paper.
  const md = new MarkdownItCtor({ html: true, typographer: true, linkify: false });
  for (const plugin of [inlineWithLocation, headingLabel, placeholder, mathInline, mathBlock, crossref, citation, directive, bracketBeforeMath]) plugin(md);
  instance = md;
  return md;
}
