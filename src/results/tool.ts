import { readFileSync } from "node:fs";

/** The `tool` block of every results object this package makes: its name and package.json's version (the same relative path works from src/ and dist/). */
export function tool(): { name: string; version: string } {
  return { name: "safety-gap", version: (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version };
}
