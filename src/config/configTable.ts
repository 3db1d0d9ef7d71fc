/**
 * docs/config.md's settings table, generated from the config's schema (its
 * JSON Schema: type, default and description of every setting), so the docs
 * never say other than the validator (`npm run docs`; a test keeps it in sync).
 */
import * as z from "zod";
import { configSchema } from "./configSchema.js";

type Node = { required?: string[]; type?: string; const?: unknown; enum?: unknown[]; anyOf?: Node[]; items?: Node; properties?: Record<string, Node>; default?: unknown; description?: string; minimum?: number; maximum?: number };

const cell = (s: string): string => s.replace(/\|/g, "\\|");

/** A JSON Schema node's type in words; an object is "object" whatever its fields (walk lists them as rows of their own). */
export function typeText(n: Node): string {
  if (n.const !== undefined) return `\`${JSON.stringify(n.const)}\``;
  if (n.enum) return n.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" or ");
  if (n.anyOf) return n.anyOf.map(typeText).join(" or ");
  if (n.type === "array") return `list of ${n.items ? typeText(n.items) : "values"}`;
  if (n.type === "integer" && n.minimum !== undefined && n.maximum !== undefined) return `integer ${n.minimum} to ${n.maximum}`;
  return n.type ?? "any";
}

export function configTable(schema: z.ZodType = configSchema): string {
  const json = z.toJSONSchema(schema, { io: "input" }) as Node;
  const rows: string[] = [];
  const walk = (props: Record<string, Node>, prefix: string, required: readonly string[] = []): void => {
    for (const [name, node] of Object.entries(props)) {
      if (name === "$schema") continue;
      const path = `${prefix}${name}`;
      const object = node.anyOf?.find((o) => o.type === "object") ?? (node.type === "object" ? node : undefined);
      const emptyObject = typeof node.default === "object" && node.default !== null && !Array.isArray(node.default) && Object.keys(node.default).length === 0;
      const def = required.includes(name) ? "required" : node.default === undefined || emptyObject ? "—" : `\`${JSON.stringify(node.default)}\``;
      rows.push(`| \`${path}\` | ${cell(typeText(node))} | ${cell(def)} | ${cell(node.description ?? "")} |`);
      if (object?.properties) walk(object.properties, `${path}.`, object.required);
    }
  };
  walk(json.properties ?? {}, "");
  return ["| setting | type | default | description |", "|---|---|---|---|", ...rows].join("\n");
}
