/** The shape of report/claims.yaml (docs/review.md); the expressions are parsed after it. */
import * as z from "zod";
import { text } from "../../input/schemaTypes.js";

export const claimsSchema = z.strictObject({
  claims: z.array(
    z.strictObject({
      id: text,
      claim: text,
      where: text.optional(),
      assert: text,
    }),
  ),
});
