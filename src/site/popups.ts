/**
 * The provenance popups of the paper page: one hidden `role="tooltip"`
 * element per distinct number span (its data-key, which src/render writes as
 * one key, or several space-separated keys for a number computed from
 * several, such as a range or a difference), referenced by aria-describedby
 * from every use, so screen readers announce it on focus and site.js only
 * has to show and place it. Everything is in the HTML (no JSON fetch), so
 * the page works from file:// and without a server.
 */
import type { Results } from "../results/types.js";
import { renderTex } from "./formula.js";
import { escapeHtml } from "../text/escapeHtml.js";
import { formatFull, formatSmart } from "./format.js";
import type { SpreadOf } from "./numbersPage.js";

export interface PopupOptions {
  /** Where in the paper each key is used, when known. */
  usage?: Map<string, string[]>;
  /** Each key's spread over a sweep's seeds, when there is one. */
  spread?: SpreadOf;
}

/**
 * A number made of one or two keys (a value, a range, a difference) shows
 * each key's derivation; one made of more (a min or max over a family, "all
 * deltas negative") lists its keys and values compactly, which is what a
 * reader checks, and keeps the page light.
 */
const MAX_DERIVED = 2;

export function popupId(index: number): string {
  return `pop-${index}`;
}

export function renderPopup(keys: string[], id: string, results: Results, opts: PopupOptions): string {
  const parts: string[] = [];
  if (keys.length > 1) parts.push(`<p class="pop-desc">Computed from ${keys.length} numbers of results.json:</p>`);
  if (keys.length <= MAX_DERIVED) {
    for (const key of keys) parts.push(`<div class="pop-part">${keyBlock(key, results, true)}</div>`);
  } else {
    const items = keys.map((k) => {
      const x = results.numbers[k];
      return `<li><code>${escapeHtml(k)}</code> = ${x === undefined ? "not in results.json" : escapeHtml(formatSmart(k, x))}</li>`;
    });
    parts.push(`<ul class="pop-inputs pop-many">${items.join("")}</ul>`);
  }
  const used = [...new Set(keys.flatMap((k) => opts.usage?.get(k) ?? []))];
  if (used.length > 0) parts.push(`<p class="pop-used">Used in: ${escapeHtml(used.join("; "))}</p>`);
  for (const key of keys.slice(0, MAX_DERIVED)) {
    const s = opts.spread?.(key);
    if (s)
      parts.push(
        `<p class="pop-spread">Over ${s.seeds} seeds${keys.length > 1 ? ` (<code>${escapeHtml(key)}</code>)` : ""}: SD ${escapeHtml(formatSmart(key, s.sd))}, 95% in [${escapeHtml(formatSmart(key, s.q025))}, ${escapeHtml(formatSmart(key, s.q975))}]</p>`,
      );
  }
  parts.push(`<p class="pop-go">Click or press Enter to open its row in the supplement.</p>`);
  return `<div class="pop" id="${id}" role="tooltip" hidden>${parts.join("")}</div>`;
}

function keyBlock(key: string, results: Results, full: boolean): string {
  const value = results.numbers[key];
  const parts: string[] = [];
  parts.push(`<p class="pop-key"><code>${escapeHtml(key)}</code></p>`);
  parts.push(`<p class="pop-value">= <strong>${value === undefined ? "not in results.json" : escapeHtml(formatSmart(key, value))}</strong>${value === undefined ? "" : ` <span class="pop-full">(${escapeHtml(formatFull(value))})</span>`}</p>`);
  if (!full || value === undefined) return parts.join("");
  const d = results.about?.[key] ?? {};
  parts.push(`<p class="pop-desc">${escapeHtml(d.meaning ?? "A number of results.json.")}</p>`);
  if (d.formula !== undefined) {
    parts.push(`<div class="pop-formula">${d.equation !== undefined ? `<span class="pop-eq">Eq. ${escapeHtml(d.equation)}</span> ` : ""}${renderTex(d.formula)}</div>`);
  }
  if (d.inputs !== undefined && d.inputs.length > 0) {
    const items = d.inputs.map((k) => {
      const x = results.numbers[k];
      return `<li><code>${escapeHtml(k)}</code> = ${x === undefined ? "missing" : escapeHtml(formatSmart(k, x))}</li>`;
    });
    parts.push(`<p class="pop-h">Inputs</p><ul class="pop-inputs">${items.join("")}</ul>`);
  }
  if (d.interval !== undefined) {
    const lo = results.numbers[d.interval.low];
    const hi = results.numbers[d.interval.high];
    if (lo !== undefined && hi !== undefined) {
      const level = d.interval.level === undefined ? "" : `${Math.round(d.interval.level * 100)}% `;
      parts.push(`<p class="pop-ci">${level}CI [${escapeHtml(formatSmart(d.interval.low, lo))}, ${escapeHtml(formatSmart(d.interval.high, hi))}]</p>`);
    }
  }
  return parts.join("");
}
