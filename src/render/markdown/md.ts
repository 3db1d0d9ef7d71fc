/** The markdown-it instances with our rules, each built once (markdown-it instances are reusable and parsing is pure). */
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
import { rawHtml } from "./rules/rawHtml.js";

export type MarkdownIt = InstanceType<typeof MarkdownItCtor>;

const instances = new Map<boolean, MarkdownIt>();

/**
 * `html`: whether raw HTML passes (checked against the policy of
 * htmlPolicy.ts): true for the paper's Markdown files, false for the inline
 * Markdown of paper.yaml's fields, whose `<` is text.
 */
export function markdown(html = true): MarkdownIt {
  const cached = instances.get(html);
  if (cached) return cached;
  // html: true lets authors write <sup>, <code> etc.; typographer gives curly quotes and en dashes as in the paper.
  const md = new MarkdownItCtor({ html, typographer: true, linkify: false });
  for (const plugin of [inlineWithLocation, headingLabel, placeholder, mathInline, mathBlock, crossref, citation, directive, bracketBeforeMath, rawHtml]) plugin(md);
  instances.set(html, md);
  return md;
}
