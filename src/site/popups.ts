/**
 * The provenance popups of the paper page: one hidden `role="tooltip"`
 * element per distinct key, referenced by aria-describedby from every use of
 * the number, so that screen readers announce it on focus and site.js only
 * has to show and place it. Everything is in the HTML (no JSON fetch), so
 * the page works from file:// and without a server.
 */
import type { Results } from "../results/types.js";
import { derive } from "./derivation.js";
import { renderTex } from "./formula.js";
import { esc } from "./escape.js";
import { formatFull, formatSmart } from "./format.js";

export interface PopupOptions {
  /** Where clicking a key (the number itself, or an input) goes. */
  hrefFor: (key: string) => string;
  /** Where in the paper each key is used, when known. */
  usage?: Map<string, string[]>;
}

export function popupId(index: number): string {
  return `pop-${index}`;
}

export function renderPopup(key: string, id: string, results: Results, opts: PopupOptions): string {
  const value = results.numbers[key];
  const d = derive(key, results);
  const parts: string[] = [];
  parts.push(`<p class="pop-key"><code>${esc(key)}</code></p>`);
  parts.push(`<p class="pop-value">= <strong>${value === undefined ? "missing" : esc(formatSmart(key, value))}</strong> <span class="pop-full">(${value === undefined ? "" : esc(formatFull(value))})</span></p>`);
  parts.push(`<p class="pop-desc">${esc(d.description)}</p>`);
  if (d.tex !== null) {
    parts.push(`<div class="pop-formula">${d.equation !== null ? `<span class="pop-eq">Eq. ${d.equation}</span> ` : ""}${renderTex(d.tex)}</div>`);
  }
  if (d.inputs.length > 0) {
    const items = d.inputs.map((k) => {
      const x = results.numbers[k];
      return `<li><code>${esc(k)}</code> = ${x === undefined ? "missing" : esc(formatSmart(k, x))}</li>`;
    });
    parts.push(`<p class="pop-h">Inputs</p><ul class="pop-inputs">${items.join("")}</ul>`);
  }
  if (d.ci !== null) {
    const lo = results.numbers[d.ci.lowKey];
    const hi = results.numbers[d.ci.highKey];
    if (lo !== undefined && hi !== undefined) {
      const level = Math.round(results.sizes.confidence * 100);
      parts.push(`<p class="pop-ci">${level}% CI [${esc(formatSmart(d.ci.lowKey, lo))}, ${esc(formatSmart(d.ci.highKey, hi))}]</p>`);
    }
  }
  const used = opts.usage?.get(key);
  if (used && used.length > 0) parts.push(`<p class="pop-used">Used in: ${esc(used.join("; "))}</p>`);
  parts.push(`<p class="pop-go">Click or press Enter to open its row in the supplement tables.</p>`);
  return `<div class="pop" id="${id}" role="tooltip" hidden>${parts.join("")}</div>`;
}
