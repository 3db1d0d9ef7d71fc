/**
 * report/figures/theme.json: the style shared by every figure, `{ "config":
 * { ... } }` (plus `$schema` and `description`). Its errors name the theme,
 * not "a figure spec", at its path as the user types it; a misspelt
 * top-level key is an error, since it would silently drop the whole style;
 * the config's property names are checked against Vega-Lite's schema.
 * A leading byte-order mark is accepted, as in a spec.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import * as msg from "../../messages/figures.js";
import { SafetyGapError } from "../../errors.js";
import { closest } from "../../text/closest.js";
import { checkProperties } from "./checkProperties.js";
import { JsonSyntaxError, parseJsonWithPointers, pointerToken } from "./parseJsonWithPointers.js";
import { readInputText } from "../../input/readInput.js";
import { type SpecContext, specError } from "./specContext.js";

const THEME_KEYS = ["$schema", "description", "config"];

/** `<reportDir>/figures/theme.json`, and the path messages show for it (relative to the cwd). */
export function themePath(reportDir: string): { file: string; shown: string } {
  const file = path.join(reportDir, "figures", "theme.json");
  return { file, shown: path.relative(process.cwd(), file) || file };
}

/** The theme's text, or undefined when there is no theme. */
export function readThemeText(reportDir: string): string | undefined {
  const { file, shown } = themePath(reportDir);
  return existsSync(file) ? readInputText(file, { what: msg.themeWhat(), doc: "docs/figures.md" }, shown) : undefined;
}

/** The theme's `config` (undefined when it has none), checked. */
export function parseTheme(source: string, shown: string): Record<string, unknown> | undefined {
  let parsed;
  try {
    parsed = parseJsonWithPointers(source);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new SafetyGapError(msg.themeNotJson(e.message), { file: shown, line: e.line, column: e.column, source }, msg.figureNotJsonHint());
  }
  const ctx: SpecContext = { file: shown, source, locations: parsed.locations };
  const theme = parsed.value;
  if (typeof theme !== "object" || theme === null || Array.isArray(theme)) throw specError(ctx, "", msg.themeNotObject(), msg.themeNotObjectHint());
  for (const k of Object.keys(theme))
    if (!THEME_KEYS.includes(k)) throw specError(ctx, `/${pointerToken(k)}`, msg.themeUnknownProperty(k, closest(k, THEME_KEYS)), msg.themeUnknownPropertyHint(THEME_KEYS), true);
  const config = (theme as { config?: unknown }).config;
  if (config === undefined) return undefined;
  if (typeof config !== "object" || config === null || Array.isArray(config)) throw specError(ctx, "/config", msg.themeConfigNotObject(), msg.themeNotObjectHint());
  checkProperties(ctx, config, "Config", "/config");
  return config as Record<string, unknown>;
}

/** The theme's `config` for `reportDir`, read and checked (undefined without a theme): what every figure is bound with. */
export function loadTheme(reportDir: string): Record<string, unknown> | undefined {
  const text = readThemeText(reportDir);
  return text === undefined ? undefined : parseTheme(text, themePath(reportDir).shown);
}
