// Reading published.yaml / claims.yaml: a missing file, a folder and bytes
// that are not UTF-8 are bad input (exit 2) naming the file, never an
// internal error or a silent U+FFFD.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { loadPublished } from "../../../src/review/published/loadPublished.js";
import { runCli } from "../cliHarness.js";
import { CLAIMS_FILE, publishedSource } from "../doctor.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "safety-gap-review-files-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** published.yaml with `from` replaced by `before`, one raw byte, `after`. */
function withByte(from: string, before: string, byte: number, after: string): Buffer {
  const [head, tail] = publishedSource().split(from) as [string, string];
  return Buffer.concat([Buffer.from(head + before), Buffer.from([byte]), Buffer.from(after + tail)]);
}

describe("loadPublished on unreadable files", () => {
  it("names a missing file and a folder", () => {
    const missing = safetyGapErrorOf(() => loadPublished(join(dir, "published.yaml")));
    expect(missing.message).toBe("cannot read the published-numbers file: it does not exist (ENOENT)");
    expect(missing.where?.file).toBe(join(dir, "published.yaml"));
    expect(missing.hint).toBe("Create it, or pass --report with the folder that holds it (docs/review.md describes it).");
    mkdirSync(join(dir, "published.yaml"));
    expect(safetyGapErrorOf(() => loadPublished(join(dir, "published.yaml"))).format()).toMatch(
      /published\.yaml: cannot read the published-numbers file: it is a folder \(EISDIR\)\n {2}fix: Replace the folder with the file \(docs\/review\.md describes it\)/,
    );
  });

  it("locates a Latin-1 byte at its line and column, past a genuine U+FFFD", () => {
    const from = 'quote: "CAI improves NoAP safety by 0.1173"';
    const text = withByte(from, 'quote: "CAI \uFFFD improves NoAP safet', 0xe9, ' by 0.1173"');
    writeFileSync(join(dir, "published.yaml"), text);
    const e = safetyGapErrorOf(() => loadPublished(join(dir, "published.yaml")));
    expect(e.message).toMatch(/^the published-numbers file is not valid UTF-8: byte 0xE9 at byte offset \d+ cannot start or continue a character/);
    const lines = publishedSource().split("\n");
    const line = lines.findIndex((l) => l.includes(from)) + 1;
    const column = lines[line - 1]!.indexOf(from) + 'quote: "CAI \uFFFD improves NoAP safet'.length + 1;
    expect(e.where).toMatchObject({ line, column });
    expect(e.format()).toContain(`${line} | `);
  });
});

describe("safety-gap check on unreadable review files", () => {
  it("exits 2 when published.yaml is missing or a folder, or claims.yaml is a folder", async () => {
    const missing = await runCli(["check", "--report", dir], dir);
    expect(missing.code).toBe(2);
    // check looks for the file before reading it (src/cli/commands/check.ts), naming the folder.
    expect(missing.stderr).toMatch(/no published\.yaml in /);

    mkdirSync(join(dir, "published.yaml"));
    const folder = await runCli(["check", "--report", dir], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/published\.yaml: cannot read the published-numbers file: it is a folder/);

    rmSync(join(dir, "published.yaml"), { recursive: true });
    writeFileSync(join(dir, "published.yaml"), publishedSource());
    mkdirSync(join(dir, "claims.yaml"));
    const claims = await runCli(["check", "--report", dir], dir);
    expect(claims.code).toBe(2);
    expect(claims.stderr).toMatch(/claims\.yaml: cannot read the claims file: it is a folder/);
    expect(claims.stderr).not.toMatch(/internal error/);
  });

  it("exits 2 on a non-UTF-8 claims.yaml, at the byte", async () => {
    writeFileSync(join(dir, "published.yaml"), publishedSource());
    const claims = readFileSync(CLAIMS_FILE, "utf8");
    const at = claims.indexOf("claim:") + "claim: ".length;
    writeFileSync(join(dir, "claims.yaml"), Buffer.concat([Buffer.from(claims.slice(0, at)), Buffer.from([0x96]), Buffer.from(claims.slice(at))]));
    const r = await runCli(["check", "--report", dir], dir);
    expect(r.code).toBe(2);
    const line = claims.slice(0, at).split("\n").length;
    expect(r.stderr).toMatch(new RegExp(`claims\\.yaml:${line}:\\d+: the claims file is not valid UTF-8: byte 0x96`));
  });
});
