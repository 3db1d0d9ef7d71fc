/**
 * `{{ expression | format }}`: parsed here (syntax errors surface at parse
 * time with their location), evaluated later against the results.
 */
import type { MarkdownIt } from "../md.js";
import type { StateInline } from "markdown-it";
import { locate, type ParseEnv } from "../env.js";
import { parsePlaceholder, TemplateError } from "../../template/placeholder.js";
import { errorAt, templateErrorAt } from "../errors.js";
import * as msg from "../../../messages/render.js";

export interface PlaceholderMeta {
  placeholder: ReturnType<typeof parsePlaceholder>;
  /** Offset in the file of the first character after "{{". */
  offset: number;
  file: string;
  source: string;
}

export function placeholder(md: MarkdownIt): void {
  md.inline.ruler.before("emphasis", "placeholder", (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x7b || state.src.charCodeAt(state.pos + 1) !== 0x7b) return false;
    const env = state.env as unknown as ParseEnv;
    const start = state.pos + 2;
    const end = state.src.indexOf("}}", start);
    const offset = locate(env, start);
    // Stryker disable next-line EqualityOperator: "}}" is searched from state.pos + 2 >= 2, so end is never 0
    if (end < 0) throw errorAt(msg.syntax("{{ is not closed by }}"), env.file, env.source, offset - 2, 2, msg.syntaxHint());
    if (!silent) {
      const text = state.src.slice(start, end);
      let parsed;
      try {
        parsed = parsePlaceholder(text);
      } catch (e) {
        if (e instanceof TemplateError) throw templateErrorAt(e, env.file, env.source, offset);
        throw e;
      }
      const tok = state.push("placeholder", "", 0);
      tok.meta = { placeholder: parsed, offset, file: env.file, source: env.source } satisfies PlaceholderMeta;
    }
    state.pos = end + 2;
    return true;
  });
}

