/**
 * The config file, `safety-gap.config.yaml` at the paper's root, in one
 * schema: each setting's type, default and description live here (KaTeX's
 * settings style), and docs/config.md's table and schemas/config.schema.json
 * are generated from it (`npm run docs`; a test keeps them in sync).
 * Command-line options override it.
 */
import * as z from "zod";

export const CONFIG_FILE = "safety-gap.config.yaml";
/** Longest a results command may run by default: 10 minutes. */
export const DEFAULT_TIMEOUT = 600;
/** Longest timeout allowed: a day (a build that waits longer is stuck, not busy). */
export const MAX_TIMEOUT = 86_400;

/** A path relative to the config file's folder: not absolute, no `..` (the paper's files stay in its folder). */
const RELATIVE = /^(?!\/)(?![A-Za-z]:)(?!.*(?:^|[/\\])\.\.(?:[/\\]|$))[^\0]+$/;
const relativePath = (what: string) => z.string().regex(RELATIVE).describe(`a path relative to the config file's folder, without \`..\` (${what})`);

/**
 * Most characters in the command's text or one of its words, and most words:
 * far more than a real command needs, and far below what the system refuses
 * to start (E2BIG: 128 KiB a word on Linux).
 */
export const MAX_COMMAND_TEXT = 10_000;
export const MAX_COMMAND_WORDS = 1_000;
/** A NUL cannot be passed to a program (the system's strings end at it). */
const commandWord = z
  .string()
  .regex(/^[^\0]*$/)
  .max(MAX_COMMAND_TEXT)
  .describe(`a text of at most ${MAX_COMMAND_TEXT} characters without NUL`);

export const commandSourceSchema = z
  .strictObject({
    command: z
      .union([commandWord.min(1), z.array(commandWord).min(1).max(MAX_COMMAND_WORDS)])
      .describe(`a text or a list of words (the program and its arguments; a text is split at spaces, quotes group words, no shell; at most ${MAX_COMMAND_WORDS} words, each at most ${MAX_COMMAND_TEXT} characters, without NUL)`),
    inputs: z.array(z.string().min(1).describe("a glob pattern")).default([]).describe("a list of glob patterns (the files the command reads, relative to the paper folder; a change in them re-runs it)"),
    output: relativePath("the results file the command writes").default("results.json"),
    timeout: z.number().int().min(1).max(MAX_TIMEOUT).default(DEFAULT_TIMEOUT).describe(`a whole number of seconds from 1 to ${MAX_TIMEOUT} (how long the command may run)`),
  })
  .describe("a mapping with command, inputs, output, timeout (a command that writes a results file)");

export const configSchema = z
  .strictObject({
    $schema: z.string().describe("text (the JSON Schema of this file, for editors; not read)").optional(),
    report: relativePath("the folder of the paper's source").default("report"),
    templates: relativePath("the folder of HTML layouts and CSS; default: templates/ beside the config if it exists, else the package's").optional(),
    results: z
      .union([z.literal("builtin"), commandSourceSchema])
      .default("builtin")
      .describe("`builtin` (this paper's simulation, from report/model.yaml) or a mapping `{ command, inputs, output, timeout }` (where the numbers come from)"),
    output: z
      .strictObject({
        dir: relativePath("the output folder").default("out"),
        pdf: z.boolean().describe("true or false (print out/paper.pdf)").default(true),
        site: z.boolean().describe("true or false (build the HTML supplement out/site/)").default(true),
      })
      .prefault({})
      .describe("a mapping with dir, pdf, site (what the build writes)"),
    pdf: z
      .strictObject({
        pageSize: z.enum(["Letter", "A4", "Legal"]).describe("`Letter`, `A4` or `Legal` (the PDF's page size; default: the print stylesheet's, Letter)").optional(),
      })
      .prefault({})
      .describe("a mapping with pageSize (the PDF's style)"),
  })
  .describe("the config file");

export type Config = z.output<typeof configSchema>;
