/** `@sec:x`, `@eq:x`, `@tbl:x`, `@fig:x`: resolved after all files are parsed (labels may be declared later). */
import type { MarkdownIt } from "../md.js";
import type { StateInline } from "markdown-it";
import { locate, type ParseEnv } from "../env.js";

export interface RefMeta {
  label: string;
  offset: number;
  file: string;
  source: string;
}

const RE = /^@((?:sec|eq|tbl|fig):[\w-]*[\w])/;

export function crossref(md: MarkdownIt): void {
  md.inline.ruler.before("emphasis", "crossref", (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
    // "user@fig:..." is not a reference: require a non-word character before.
    if (state.pos > 0 && /\w/.test(state.src[state.pos - 1]!)) return false;
    const m = RE.exec(state.src.slice(state.pos));
    if (!m) return false;
    if (!silent) {
      const env = state.env as unknown as ParseEnv;
      const tok = state.push("crossref", "", 0);
      tok.meta = { label: m[1]!, offset: locate(env, state.pos + 1), file: env.file, source: env.source } satisfies RefMeta;
    }
    state.pos += m[0].length;
    return true;
  });
}
