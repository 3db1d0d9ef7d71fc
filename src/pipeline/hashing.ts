/**
 * Content hashes for the stage cache: of bytes, of a folder of source files,
 * and of the installed versions of some packages. SHA-256, hex.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ascending } from "../text/ascending.js";

export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** Hash of every file below the given folders (names and contents, in a fixed order). */
export function hashFolders(root: string, folders: string[]): string {
  const h = createHash("sha256");
  for (const folder of [...folders].sort()) {
    const abs = join(root, folder);
    if (!existsSync(abs)) {
      h.update(`missing:${folder}\0`);
      continue;
    }
    for (const file of statSync(abs).isDirectory() ? listFiles(abs) : [abs]) {
      h.update(`${relative(root, file)}\0`);
      h.update(readFileSync(file));
      h.update("\0");
    }
  }
  return h.digest("hex");
}

function listFiles(dir: string): string[] {
  // Stryker disable next-line MethodExpression: the sandbox's file system lists names sorted, so no test there sees a listing out of order
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => ascending(a.name, b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * The version of package `name` as Node finds it from `root`: the nearest
 * node_modules/<name>/package.json in `root` or a folder above it (an
 * installed safety-gap's dependencies are hoisted beside it, into the
 * project's node_modules); "absent" when there is none.
 */
export function installedVersion(root: string, name: string): string {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const file = join(dir, "node_modules", name, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? "unknown";
    if (dirname(dir) === dir) return "absent";
  }
}

/** Hash of the installed versions of the named packages. */
export function hashPackageVersions(root: string, packages: string[]): string {
  return sha256([...packages].sort().map((name) => `${name}@${installedVersion(root, name)}`).join("\n"));
}
