/**
 * Vega-Lite errors carry no location. To point at the culprit anyway, we
 * look for the message's first three words (quoted or not, of three letters
 * or more) among the spec's property names and string values and take the
 * first match in the spec, skipping the binding block. Vega-Lite names the
 * culprit first (`shape dropped as it is incompatible with "bar"`); a
 * mistyped type or mark never gets here (checkVocabulary refuses it first).
 */
import type { SpecContext } from "./specContext.js";

export function locateMessage(ctx: SpecContext, spec: unknown, message: string): string {
  const words = new Set<string>();
  for (const m of message.matchAll(/"([^"]+)"|'([^']+)'|\b([A-Za-z][\w]*)-encoding\b|\b([A-Za-z]\w*)\b/g)) {
    const w = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (w && w.length > 2) words.add(w);
  }
  const ordered = [...words];
  let found: string | undefined;
  const visit = (v: unknown, pointer: string, key: string | undefined): void => {
    if (found !== undefined || pointer.startsWith("/usermeta") || pointer.startsWith("/datasets")) return;
    for (const w of ordered.slice(0, 3)) {
      if (key === w || v === w) {
        found = pointer;
        return;
      }
    }
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${pointer}/${i}`, undefined));
    else if (typeof v === "object" && v !== null) for (const [k, x] of Object.entries(v)) visit(x, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, k);
  };
  visit(spec, "", undefined);
  return found !== undefined && ctx.locations.has(found) ? found : "";
}
