/** `[@a; @b]` -> "[3, 12]", numbers ascending, each linking to its reference. */
import type { Token } from "markdown-it";
import { metaOf } from "../markdown/env.js";
import type { CiteMeta } from "../markdown/rules/citation.js";
import { type RenderEnv } from "./env.js";
import { escapeHtml } from "../../text/escapeHtml.js";

export function citationHtml(tokens: Token[], i: number, env: RenderEnv): string {
  const m = metaOf<CiteMeta>(tokens[i]!);
  const nums = [...new Set(m.keys.map((k) => ({ key: k.key, n: env.resolved.citations.get(k.key)! })))].sort((a, b) => a.n - b.n);
  return `<span class="cite">[${nums.map((x) => `<a href="#ref-${escapeHtml(x.key)}">${x.n}</a>`).join(", ")}]</span>`;
}
