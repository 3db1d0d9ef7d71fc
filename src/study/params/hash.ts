/** SHA-256 of the canonical JSON of the parameters (keys sorted at every level), hex. */
import { createHash } from "node:crypto";
import type { Params } from "./types.js";

export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (typeof v === "object" && v !== null)
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

export const hashParams = (p: Params): string => createHash("sha256").update(canonicalJson(p)).digest("hex");
