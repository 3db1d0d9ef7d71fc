/**
 * Content hashes for the stage cache: of bytes, of a folder of source files,
 * and of the installed versions of some packages. SHA-256, hex.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";

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
    const files = statSync(abs).isDirectory() ? listFiles(abs) : [abs];
    for (const file of files) {
      h.update(`${relative(root, file)}\0`);
      h.update(readFileSync(file));
      h.update("\0");
    }
  }
  return h.digest("hex");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Hash of the installed versions of the named packages (from node_modules/<name>/package.json). */
export function hashPackageVersions(root: string, packages: string[]): string {
  const parts = [...packages].sort().map((name) => {
    const file = join(root, "node_modules", name, "package.json");
    const version = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version : "absent";
    return `${name}@${version}`;
  });
  return sha256(parts.join("\n"));
}
