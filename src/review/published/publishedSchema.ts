/** The shape of report/published.yaml (docs/review.md); keys, formulas and rules are parsed after it. */
import * as z from "zod";
import { number, text, textList } from "../../input/schemaTypes.js";

const keyOrFormula = { key: text.optional(), formula: text.optional() };

export const publishedSchema = z.strictObject({
  design: z.record(z.string(), z.union([text, textList]).describe("a name or a list of names")),
  tables: z.array(
    z.strictObject({
      id: text,
      where: text,
      caption: text.optional(),
      columns: z.array(z.strictObject({ id: text, name: text, ...keyOrFormula })),
      rows: z.record(z.string(), z.array(number).describe("a list of numbers, one per column")),
    }),
  ),
  text: z.array(z.strictObject({ id: text, where: text, quote: text, value: number, decimals: number.optional(), ...keyOrFormula })),
  statements: z.array(z.strictObject({ id: text, where: text, quote: text, rule: text, quantity: text.optional(), bound: number.optional() })),
  relations: z
    .array(
      z.strictObject({
        id: text,
        title: text,
        checks: z.array(
          z.strictObject({ for: text.optional(), value: text, valueLabel: text.optional(), equals: text, label: text, within: text.optional() }),
        ),
      }),
    )
    .optional(),
});
