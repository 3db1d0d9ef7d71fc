/**
 * The docs sections generated from declarations (the function and format
 * tables of the results language, the study's key families), between markers
 *
 *   <!-- generated: NAME -->
 *   ...
 *   <!-- end generated: NAME -->
 *
 * `npm run docs` rewrites them; test/lang/generatedDocs.test.ts fails when a
 * doc is out of date.
 */
import { applyModifier, FORMAT_DOCS, numberFormat } from "./formats.js";
import { FUNCTIONS } from "./functions.js";
import { PICK_FUNCTIONS } from "./pickFunctions.js";
import { shapesOf, shapeText, type KeyFamily } from "./keyFamily.js";

const code = (s: string): string => `\`${s}\``;
const cell = (s: string): string => s.replace(/\|/g, "\\|");

export function functionTable(): string {
  const all = [...Object.entries(FUNCTIONS), ...Object.entries(PICK_FUNCTIONS)];
  const rows = all.map(([name, f]) => `| ${code(name)} | ${cell(code(f.signature))} | ${cell(f.description)} |`);
  return ["| function | call | what it gives |", "|---|---|---|", ...rows].join("\n");
}

/** The number formats (`| f4`), one row per family, each example printed by the formats themselves. */
export function formatTable(): string {
  const example = (e: (typeof FORMAT_DOCS)[number]["example"]): string => {
    if (typeof e === "string") return e;
    // Stryker disable next-line StringLiteral: every example starts with a number format, which sets the text before any modifier reads it
    let text = "";
    for (const f of e.formats) {
      const nf = numberFormat(f, "html");
      if (nf) {
        const r = nf(e.value);
        text = r.text + r.suffix;
      } else text = applyModifier(f, text);
    }
    return `${code(`${e.value} | ${e.formats.join(" | ")}`)} → ${text}`;
  };
  const rows = FORMAT_DOCS.map((f) => `| ${f.names.map(code).join(", ")} | ${cell(f.prints)} | ${cell(example(f.example))} |`);
  return ["| format | prints | example |", "|---|---|---|", ...rows].join("\n");
}

export function keyFamiliesSection(families: readonly KeyFamily[]): string {
  const out: string[] = [];
  for (const f of families) {
    out.push(`### ${f.title}: \`${[f.prefix, ...f.dimensions.map((d) => `<${d}>`), `<${f.leafName}>`].join(".")}\``, "", f.about, "");
    const paper = f.leaves.some((l) => l.paper !== undefined);
    out.push(paper ? `| ${f.leafName} | meaning | paper |` : `| ${f.leafName} | meaning |`, paper ? "|---|---|---|" : "|---|---|");
    for (const l of f.leaves) out.push(`| ${l.names.map(code).join(", ")} | ${cell(l.meaning)} |${paper ? ` ${cell(l.paper ?? "")} |` : ""}`);
    out.push("");
    const subs = new Map<string, { leaves: string[]; names: readonly string[]; meaning: string }>();
    for (const l of f.leaves)
      for (const s of l.sub ?? []) {
        const k = `${s.names.join(",")}|${s.meaning}`;
        const g = subs.get(k) ?? { leaves: [], names: s.names, meaning: s.meaning };
        g.leaves.push(...l.names);
        subs.set(k, g);
      }
    if (subs.size > 0) {
      out.push("| key | for | meaning |", "|---|---|---|");
      const base = [f.prefix, ...f.dimensions.map((d) => `<${d}>`), `<${f.leafName}>`].join(".");
      for (const g of subs.values()) out.push(`| ${g.names.map((n) => code(`${base}.${n}`)).join(", ")} | ${g.leaves.map(code).join(", ")} | ${cell(g.meaning)} |`);
      out.push("");
    }
    out.push(f.examples);
    out.push("");
  }
  return out.join("\n").trimEnd();
}

/** The key shapes figures may bind, one per line. */
export function keyShapesList(families: readonly KeyFamily[]): string {
  return shapesOf(families)
    .map((s) => `- \`${shapeText(s)}\``)
    .join("\n");
}

/** Replaces the text between a doc's markers for `name`; undefined if the markers are missing. */
export function replaceGenerated(doc: string, name: string, body: string): string | undefined {
  const begin = `<!-- generated: ${name} -->\n`;
  const end = `\n<!-- end generated: ${name} -->`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end, i);
  if (i < 0 || j < 0) return undefined;
  return doc.slice(0, i + begin.length) + body + doc.slice(j);
}
