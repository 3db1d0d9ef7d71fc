/**
 * Where a figure spec came from, so every check can point at the offending
 * token: file, JSON pointer, line and column, with the source line excerpted.
 */
import { SafetyGapError, lineColumnAt } from "../../errors.js";
import type { JsonLocation } from "./parseJsonWithPointers.js";

export interface SpecContext {
  file: string;
  source: string;
  locations: Map<string, JsonLocation>;
}

/**
 * A SafetyGapError at `pointer`. When the pointer has no location (a value
 * added by a default, or a Vega-Lite error without a path) the nearest
 * existing ancestor is used, so the message still lands in the right block.
 */
export function specError(ctx: SpecContext, pointer: string, message: string, hint: string, onKey = false): SafetyGapError {
  let p = pointer;
  let loc = ctx.locations.get(p);
  while (!loc && p !== "") {
    p = p.slice(0, p.lastIndexOf("/"));
    loc = ctx.locations.get(p);
  }
  const offset = loc ? (onKey && loc.keyOffset !== undefined ? loc.keyOffset : loc.offset) : 0;
  const { line, column } = lineColumnAt(ctx.source, offset);
  return new SafetyGapError(
    message,
    { file: ctx.file, line, column, path: pointer === "" ? "/" : pointer, source: ctx.source, length: loc && !onKey ? loc.length : 1 },
    hint,
  );
}
