// package.json's "exports": every target exists (the "." entry pointed at
// src/index.ts and dist/index.js, which never existed), and each entry point
// imports under plain node by the package's own name (self-reference).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { name: string; exports: Record<string, string | Record<string, string>> };

describe("package.json exports", () => {
  it("names files that exist (after node scripts/dist.js, which npm test runs first)", () => {
    for (const [entry, target] of Object.entries(pkg.exports))
      for (const file of typeof target === "string" ? [target] : Object.values(target)) expect(existsSync(file), `${entry} -> ${file}`).toBe(true);
  });

  it("imports safety-gap/random under plain node", () => {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", `const m = await import("${pkg.name}/random"); console.log(typeof m.defaultRng, m.defaultRng(42).integers(0, 10))`], { encoding: "utf8" });
    expect(out.trim()).toMatch(/^function \d$/);
  });
});
