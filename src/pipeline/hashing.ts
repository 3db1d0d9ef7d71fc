/**
 * Content hashes for the stage cache: of bytes, of a folder of source files,
 * and of the installed versions of some packages. SHA-256, hex.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ascending } from "../text/ascending.js";

export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/**
 * The last hash of each set of folders, with the stat of every file it read
 * (inode, size, modification and change times in nanoseconds): a watch
 * session rebuilding after each edit reads and hashes the code again only
 * when a file changed, as git's index does.
 */
const folderHashes = new Map<string, { stamps: string; digest: string }>();

/** Hash of every file below the given folders (names and contents, in a fixed order). */
export function hashFolders(root: string, folders: string[]): string {
  const sorted = [...folders].sort();
  const listed = sorted.map((folder) => {
    const abs = join(root, folder);
    if (!existsSync(abs)) return { folder, files: undefined };
    return { folder, files: statSync(abs).isDirectory() ? listFiles(abs) : [abs] };
  });
  const stamps = listed
    .flatMap(({ folder, files }) =>
      files === undefined
        ? [`missing:${folder}`]
        : files.map((file) => {
            const s = statSync(file, { bigint: true });
            return `${file}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
          }),
    )
    // Stryker disable next-line StringLiteral: each stamp starts with an absolute path or "missing:", so they stay apart without a separator
    .join("\n");
  const key = JSON.stringify([root, sorted]);
  const known = folderHashes.get(key);
  if (known?.stamps === stamps) return known.digest;
  const h = createHash("sha256");
  for (const { folder, files } of listed) {
    if (files === undefined) {
      h.update(`missing:${folder}\0`);
      continue;
    }
    for (const file of files) {
      h.update(`${relative(root, file)}\0`);
      h.update(readFileSync(file));
      h.update("\0");
    }
  }
  const digest = h.digest("hex");
  folderHashes.set(key, { stamps, digest });
  return digest;
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
