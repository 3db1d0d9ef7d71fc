/**
 * A tiny RenderEnv for the HTML rules' tests: two methods, two scales, four
 * numbers, hand-made tokens. No paper, no results file, no figures drawn, so
 * each test runs in a few milliseconds (Stryker reruns them per mutant).
 */
import type { Token } from "markdown-it";
import type { RenderEnv } from "../../../src/render/html/env.js";
import type { LabelInfo } from "../../../src/render/resolve.js";
import type { TableSet } from "../../../src/render/tables.js";
import { makeScope } from "../../../src/render/template/scope.js";

export const NUMBERS = { "s.A.gap": 0.5, "s.B.gap": 0.25, "s.A.tax": -0.125, "s.B.tax": 0.0625 };
export const SETS = { methods: ["A", "B"], scales: ["1B", "7B"] };

export interface EnvParts {
  labels?: [string, LabelInfo][];
  citations?: [string, number][];
  tables?: TableSet;
  figures?: [string, string][];
  sets?: Record<string, readonly string[]>;
}

export function tinyEnv(parts: EnvParts = {}): RenderEnv {
  return {
    scope: makeScope({ numbers: NUMBERS, sets: parts.sets ?? SETS }, { scale: "7B" }),
    resolved: { pages: [], labels: new Map(parts.labels ?? []), citations: new Map(parts.citations ?? []), references: [] } as unknown as RenderEnv["resolved"],
    tables: parts.tables ?? { file: "report/tables.yaml", source: "", tables: new Map() },
    figures: new Map(parts.figures ?? []),
    where: "Section 2",
    usage: [],
    spans: 0,
    floats: [],
  };
}

/** A one-token stream: what the rules read is the tag, content and meta. */
export const tokenOf = (fields: { tag?: string; content?: string; meta?: unknown }): Token[] =>
  [{ tag: fields.tag ?? "", content: fields.content ?? "", meta: fields.meta ?? null } as unknown as Token];
