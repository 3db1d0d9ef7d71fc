/** `[@key]` and `[@a; @b]`: numbered later, alphabetically, from report/references.bib. */
import type { MarkdownIt } from "../md.js";
import type { StateInline } from "markdown-it";
import { locate, type ParseEnv } from "../env.js";

export interface CiteMeta {
  keys: { key: string; offset: number }[];
  file: string;
  source: string;
}

export function citation(md: MarkdownIt): void {
  md.inline.ruler.before("link", "citation", (state: StateInline, silent: boolean) => {
    const src = state.src;
    if (src.charCodeAt(state.pos) !== 0x5b /* [ */ || src.charCodeAt(state.pos + 1) !== 0x40 /* @ */) return false;
    const end = src.indexOf("]", state.pos);
    // Stryker disable next-line EqualityOperator: src[state.pos] is "[", so a "]" found from state.pos is at state.pos + 1 or later, never at 0
    if (end < 0) return false;
    const body = src.slice(state.pos + 1, end);
    if (!/^@[\w:-]+(\s*;\s*@[\w:-]+)*$/.test(body)) return false;
    if (!silent) {
      const env = state.env as unknown as ParseEnv;
      const keys: CiteMeta["keys"] = [];
      const re = /@([\w:-]+)/g;
      for (let m = re.exec(body); m; m = re.exec(body)) keys.push({ key: m[1]!, offset: locate(env, state.pos + 1 + m.index + 1) });
      const tok = state.push("citation", "", 0);
      tok.meta = { keys, file: env.file, source: env.source } satisfies CiteMeta;
    }
    state.pos = end + 1;
    return true;
  });
}
