import { readFileSync } from "node:fs";

/** The package's name and version (package.json; the same relative path works from src/ and dist/). */
export function tool(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}
