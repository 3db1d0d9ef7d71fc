/**
 * KaTeX with errors that stop the build. The markdown-it KaTeX plugins
 * render an error box and carry on; we call katex with throwOnError and turn
 * its ParseError position into file:line:column, and refuse the commands
 * KaTeX only typesets in red when untrusted (\href, \url, \includegraphics). Placeholders inside math
 * (`$n = {{ sizes.samplesPerCell | n }}$`) are expanded first, in TeX mode.
 */
import katex from "katex";
import { parsePlaceholder, renderPlaceholder, TemplateError } from "./template/placeholder.js";
import type { Scope } from "./template/scope.js";
import { errorAt, templateErrorAt } from "./markdown/errors.js";
import { escapeHtml } from "../text/escapeHtml.js";
import * as msg from "../messages/render.js";

export interface TexSource {
  tex: string;
  /** Offset of `tex` in `source`. */
  offset: number;
  file: string;
  source: string;
}

export interface TexResult {
  html: string;
  keys: string[];
}

/** Expands {{ }} inside TeX; returns the TeX and a map from expanded positions back to source offsets. */
function expand(src: TexSource, scope: Scope): { tex: string; keys: string[]; back(pos: number): number } {
  const keys: string[] = [];
  let out = "";
  const anchors: { at: number; to: number }[] = [];
  let i = 0;
  for (;;) {
    const s = src.tex.indexOf("{{", i);
    if (s < 0) break;
    const e = src.tex.indexOf("}}", s + 2);
    if (e < 0) throw errorAt(msg.syntax("{{ is not closed by }}"), src.file, src.source, src.offset + s, 2, msg.syntaxHint());
    out += src.tex.slice(i, s);
    const text = src.tex.slice(s + 2, e);
    try {
      const r = renderPlaceholder(parsePlaceholder(text), scope, "tex");
      // Stryker disable next-line ObjectLiteral: this anchor continues the previous segment's mapping (the text before the placeholder is copied as is), so without it back() gives the same offsets
      anchors.push({ at: out.length, to: s });
      out += r.text;
      keys.push(...r.keys);
    } catch (err) {
      if (err instanceof TemplateError) throw templateErrorAt(err, src.file, src.source, src.offset + s + 2);
      throw err;
    }
    i = e + 2;
    anchors.push({ at: out.length, to: i });
  }
  out += src.tex.slice(i);
  return {
    tex: out,
    keys,
    back(pos) {
      let a = { at: 0, to: 0 };
      for (const x of anchors) if (x.at <= pos) a = x;
      return src.offset + a.to + (pos - a.at);
    },
  };
}

/**
 * Offset in `tex` of the first refused command. KaTeX parses left to right,
 * so the first command it refused is the first occurrence of its name.
 */
function locateCommand(tex: string, command: string): number {
  return tex.search(new RegExp(`${command.replace(/\\/g, "\\\\")}(?![A-Za-z])`));
}

/**
 * Formulas typeset so far, by mode and TeX (numbers filled in): KaTeX is a
 * pure function of them, and typesetting every formula again is most of a
 * watch rebuild's render after a text edit. Only formulas KaTeX accepted are
 * kept; the oldest go first once there are `TYPESET_KEPT`.
 */
const typeset = new Map<string, string>();
const TYPESET_KEPT = 2000;

export function renderTex(src: TexSource, displayMode: boolean, scope: Scope): TexResult {
  const x = expand(src, scope);
  const key = `${displayMode ? "display" : "inline"}\u0000${x.tex}`;
  const known = typeset.get(key);
  if (known !== undefined) return { html: known, keys: x.keys };
  // With trust: false, KaTeX does not throw on \href, \url, \includegraphics
  // (and \html*): it typesets the command's name in red and carries on, so
  // the build succeeded with "\href" in red in the paper. Asking through a
  // callback lets us record each refusal and stop the build instead.
  const refused: string[] = [];
  const trust = (ctx: { command: string }): boolean => {
    refused.push(ctx.command);
    return false;
  };
  let html: string;
  try {
    html = katex.renderToString(x.tex, { displayMode, throwOnError: true, strict: "error", output: "html", trust });
  } catch (e) {
    if (e instanceof katex.ParseError) {
      const p = (e as { position?: number }).position;
      const len = (e as { length?: number }).length ?? 1;
      const raw = (e as { rawMessage?: string }).rawMessage ?? e.message;
      throw errorAt(msg.texError(raw), src.file, src.source, p === undefined ? src.offset : x.back(p), Math.max(1, len), msg.texHint());
    }
    throw e;
  }
  if (refused.length) {
    const at = locateCommand(x.tex, refused[0]!);
    throw errorAt(msg.texError(msg.texRefused(refused[0]!)), src.file, src.source, at < 0 ? src.offset : x.back(at), at < 0 ? 1 : refused[0]!.length, msg.texRefusedHint());
  }
  const done = named(withoutZeroWidthStruts(html), x.tex);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only how many formulas the cache keeps (at least the one just set); every formula typesets to the same HTML whether cached or not
  if (typeset.size >= TYPESET_KEPT) typeset.delete(typeset.keys().next().value as string);
  typeset.set(key, done);
  return { html: done, keys: x.keys };
}

/**
 * KaTeX's HTML output is aria-hidden (its MathML copy is what it offers
 * assistive technology, and the paper does not print one: it would be the
 * formula's text twice in the PDF and in the review's sentences). The formula
 * keeps a name instead, its TeX source with the numbers filled in, so a
 * screen reader reads it and a link around it (the supplement's number links)
 * has a name.
 */
function named(html: string, tex: string): string {
  return html.replace('<span class="katex">', `<span class="katex" role="math" aria-label="${escapeHtml(tex.trim())}">`);
}

/**
 * KaTeX fills each vlist's second table cell (`vlist-s`, a Safari workaround
 * with its own CSS width) with a zero-width space U+200B. It draws nothing but
 * lands in the PDF's text layer, so copying a formula (or `pdftotext`) gives
 * the text with invisible characters in it: the cell is kept, empty.
 */
function withoutZeroWidthStruts(html: string): string {
  return html.replaceAll('<span class="vlist-s">\u200b</span>', '<span class="vlist-s"></span>');
}
