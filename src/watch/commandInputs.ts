/**
 * The files a results command declares (`results.inputs` in the config) as
 * a watched tree of the paper folder, so that watch rebuilds when the
 * study's own script or parameters change, not only the report. The same
 * globs decide the command's cache key (src/source/commandResults.ts), so
 * what is watched is exactly what can make the results change. Folders that
 * cannot hold a source are not walked: the output and cache folders, the
 * report and templates (watched whole already), node_modules and hidden
 * folders (.git).
 */
import { basename, relative, resolve } from "node:path";
import picomatch from "picomatch";
import type { CommandSource } from "../source/types.js";
import type { WatchedTree } from "./watchFolders.js";

export function commandInputsTree(source: CommandSource, notWalked: readonly string[]): WatchedTree {
  const matches = picomatch(source.inputs, { dot: false });
  const skipped = new Set(notWalked.map((d) => resolve(d)));
  return {
    dir: source.cwd,
    accept: (path) => matches(relative(source.cwd, path).split("\\").join("/")),
    skipDir: (path) => skipped.has(resolve(path)) || basename(path) === "node_modules" || basename(path).startsWith("."),
  };
}
