/**
 * Reads `safety-gap.config.yaml` from the folder safety-gap runs in (the
 * paper's root), if there is one: the one reader, parser and validator of
 * every input (src/input/), so a wrong setting is an error at its line and
 * column with the fix. No file means every default (docs/config.md).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readInputText } from "../input/readInput.js";
import { parseYaml } from "../input/parseYaml.js";
import { validateYaml } from "../input/validateYaml.js";
import { shownPath } from "../text/shownPath.js";
import { CONFIG_FILE, configSchema, type Config } from "./configSchema.js";

export const CONFIG_ROLE = { what: "the config file", doc: "docs/config.md" };

export interface LoadedConfig {
  /** The config file's path, or undefined when the folder has none. */
  file?: string;
  /** The folder its paths are relative to (where it is, else the working folder). */
  root: string;
  config: Config;
}

export function loadConfig(cwd: string): LoadedConfig {
  const file = join(cwd, CONFIG_FILE);
  if (!existsSync(file)) return { root: cwd, config: configSchema.parse({}) };
  const shown = shownPath(cwd, file);
  const y = parseYaml({ file: shown, source: readInputText(file, CONFIG_ROLE, shown), what: CONFIG_ROLE.what });
  // An empty file is a config of defaults, as an absent one.
  const config = y.data === null || y.data === undefined ? configSchema.parse({}) : validateYaml(y, configSchema, CONFIG_ROLE.doc);
  return { file, root: cwd, config };
}
