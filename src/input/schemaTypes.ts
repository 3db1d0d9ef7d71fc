/**
 * Field types shared by the YAML inputs' schemas, each with the words
 * messages use for what it allows.
 */
import * as z from "zod";

/** A scalar read as text: YAML reads `7B` as text but `2026` or `0.5` as numbers, which are text here too. */
export const text = z.union([z.string(), z.number()]).describe("text");

/** A list of such texts. */
export const textList = z.array(text).describe("a list of texts (lines starting with -)");

export const number = z.number().describe("a number");
