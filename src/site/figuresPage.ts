/**
 * figures.html: each figure as the static SVG of the paper (readable with no
 * JavaScript) plus its Vega-Lite specs for every scale inline as JSON; site.js
 * swaps the SVG for a vega-embed view and shows the scale selector. Specs
 * are inline rather than fetched so that file:// works.
 */
import type { FigureForSite } from "./types.js";
import { page } from "./layout.js";
import { escapeHtml, jsonForScript } from "../text/escapeHtml.js";
import { interactiveSpec } from "./interactiveSpec.js";

export const VENDOR_SCRIPTS = ["static/vendor/vega.min.js", "static/vendor/vega-lite.min.js", "static/vendor/vega-embed.min.js"];

export function figuresPage(figures: FigureForSite[]): string {
  const blocks = figures.map((f, i) => {
    const id = `fig-${f.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    const all = Object.keys(f.specsByScale);
    const start = f.paperScale !== undefined && all.includes(f.paperScale) ? f.paperScale : all[0];
    const scales = distinctScales(f.specsByScale, start);
    const n = f.number ?? i + 1;
    // The caption follows the selected scale ("... at 1B scale", and the numbers it quotes).
    const captionAt = (scale: string | undefined): string => `Figure ${n}: ${(scale !== undefined ? f.captionByScale?.[scale] : undefined) ?? f.caption}`;
    const caption = captionAt(start);
    const svg = svgWithoutScripts(f.svg);
    const specs: Record<string, object> = {};
    const captions: Record<string, string> = {};
    for (const s of scales) {
      captions[s] = captionAt(s);
      specs[s] = interactiveSpec(f.specsByScale[s]!, captions[s]);
    }
    // The selector is hidden until site.js can act on it (progressive enhancement).
    const select =
      scales.length > 1
        ? `<div class="fig-controls" hidden><label for="${id}-scale">Scale</label> <select id="${id}-scale" class="fig-scale">${scales
            .map((s) => `<option value="${escapeHtml(s)}"${s === start ? " selected" : ""}>${escapeHtml(s)}</option>`)
            .join("")}</select>${start ? ` <span class="fig-note">(the paper shows ${escapeHtml(start)})</span>` : ""}</div>`
        : "";
    return `<figure class="fig" id="${id}" aria-labelledby="${id}-cap">
<h2 class="fig-title">Figure ${n}</h2>
${select}
<div class="fig-host" id="${id}-host" role="img" aria-label="${escapeHtml(caption)}"${drawnWidth(svg)}>${svg}</div>
<figcaption id="${id}-cap">${escapeHtml(caption)}</figcaption>
<script type="application/json" class="fig-specs" data-start="${escapeHtml(start ?? "")}">${jsonForScript(specs)}</script>
<script type="application/json" class="fig-captions">${jsonForScript(captions)}</script>
</figure>`;
  });
  return page({
    file: "figures.html",
    title: "Figures",
    scripts: VENDOR_SCRIPTS,
    body: `<h1>Figures</h1>
<p>The six figures of the paper, interactive: hover or focus a mark for its value and confidence interval; where the paper fixes one scale, choose another with the selector. Without JavaScript the static figures of the paper are shown.</p>
${blocks.join("\n")}`,
  });
}

/**
 * The scales worth a selector: a figure that already shows every scale
 * (e.g. the gap by scale) binds the same data whatever its scale parameter,
 * so its specs differ only in usermeta; such duplicates are dropped and a
 * figure left with one spec gets no selector.
 */
function distinctScales(specsByScale: Record<string, object>, start: string | undefined): string[] {
  const sig = (scale: string): string => {
    const { usermeta: _usermeta, ...rest } = specsByScale[scale] as Record<string, unknown>;
    return JSON.stringify(rest);
  };
  const all = Object.keys(specsByScale);
  // The paper's scale is kept first, so the figure starts where the paper is (its second visit is a duplicate, skipped).
  const seen = new Set<string>();
  const keep = new Set<string>();
  for (const scale of start !== undefined ? [start, ...all] : all) {
    const s = sig(scale);
    if (seen.has(s)) continue;
    seen.add(s);
    keep.add(scale);
  }
  return all.filter((s) => keep.has(s));
}

/**
 * The width the figure is drawn at (its SVG's width attribute), as a CSS
 * variable: on screen the figure fills its column up to twice that, and on a
 * phone keeps at least that and scrolls (site.css), whichever scale is shown.
 */
export function drawnWidth(svg: string): string {
  // After svgWithoutScripts, an SVG that had an XML declaration starts with the line break that followed it.
  const w = /^\s*<svg\b[^>]*?\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1];
  return w === undefined ? "" : ` style="--fig-width: ${w}px"`;
}

/** The static SVG is ours (rendered by vega in Node), but a script in it would run: drop any. */
export function svgWithoutScripts(svg: string): string {
  return svg.replace(/<\?xml[^>]*>/g, "").replace(/<script\b[\s\S]*?<\/script>/gi, "");
}
