/**
 * Vega-Lite -> Vega, strictly. Vega-Lite only logs many mistakes (an
 * invalid channel, a mark property it drops) and carries on with a
 * different chart; for a paper figure those warnings are errors.
 */
import { compile, type TopLevelSpec } from "vega-lite";
import type { Spec as VegaSpec } from "vega";
import * as msg from "../../messages/figures.js";
import { SafetyGapError } from "../../errors.js";
import type { SpecContext } from "./specContext.js";
import { specError } from "./specContext.js";
import { locateMessage } from "./locateMessage.js";

class CollectingLogger {
  readonly problems: string[] = [];
  private lvl = 2;
  // Stryker disable next-line BlockStatement: Vega-Lite 6 never calls level() on the logger it is given, only error/warn/info/debug
  level(_?: number): number | this {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: level() is never called (see above)
    if (_ === undefined) return this.lvl;
    this.lvl = _;
    return this;
  }
  error(...args: unknown[]): this {
    // Stryker disable next-line StringLiteral: every error/warn call of Vega-Lite 6 passes one argument, so the separator never shows
    this.problems.push(args.map(String).join(" "));
    return this;
  }
  warn(...args: unknown[]): this {
    // Stryker disable next-line StringLiteral: every error/warn call of Vega-Lite 6 passes one argument, so the separator never shows
    this.problems.push(args.map(String).join(" "));
    return this;
  }
  // Stryker disable next-line BlockStatement: Vega-Lite's log.info discards the return value and the message is dropped either way
  info(): this {
    return this;
  }
  // Stryker disable next-line BlockStatement: Vega-Lite's log.debug discards the return value and the message is dropped either way
  debug(): this {
    return this;
  }
}

// bindFigure compiles to validate and renderFigureSvg compiles to draw; the
// bound spec object is the same, so the second compile is a lookup.
const compiled = new WeakMap<object, VegaSpec>();

/** Compiles a bound spec; `ctx` (when known) locates the error in the spec file. */
export function compileFigure(spec: TopLevelSpec, ctx?: SpecContext): VegaSpec {
  const hit = compiled.get(spec);
  if (hit) return hit;
  const logger = new CollectingLogger();
  let out: VegaSpec;
  try {
    out = compile(spec, { logger }).spec;
  } catch (e) {
    throw fail(e instanceof Error ? e.message : String(e));
  }
  if (logger.problems.length > 0) throw fail(logger.problems.join("; "));
  compiled.set(spec, out);
  return out;

  function fail(detail: string): SafetyGapError {
    if (ctx) return specError(ctx, locateMessage(ctx, spec, detail), msg.vegaLiteError(detail), msg.vegaLiteErrorHint());
    return new SafetyGapError(msg.vegaLiteError(detail), undefined, msg.vegaLiteErrorHint());
  }
}
