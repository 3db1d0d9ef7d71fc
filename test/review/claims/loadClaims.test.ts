// Loading report/claims.yaml: every claim with its location; a file that is
// not readable YAML text is bad input naming the file, not an internal error.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { loadClaims } from "../../../src/review/claims/loadClaims.js";
import { CLAIMS_FILE } from "../doctor.js";

const dir = mkdtempSync(join(tmpdir(), "safety-gap-claims-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadClaims", () => {
  it("loads the paper's claims, also from a file saved with a byte-order mark", () => {
    const claims = loadClaims(CLAIMS_FILE);
    expect(claims.length).toBe(22);
    writeFileSync(join(dir, "bom.yaml"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(CLAIMS_FILE)]));
    expect(loadClaims(join(dir, "bom.yaml")).map((c) => c.at.line)).toEqual(claims.map((c) => c.at.line));
  });

  it("rejects a folder and a non-UTF-8 byte, naming the file", () => {
    mkdirSync(join(dir, "folder.yaml"));
    const folder = safetyGapErrorOf(() => loadClaims(join(dir, "folder.yaml")));
    expect(folder.message).toBe("cannot read the claims file: it is a folder (EISDIR)");
    expect(folder.hint).toBe("Replace the folder with the file (docs/review.md describes it), or pass --report with another folder.");
    writeFileSync(join(dir, "latin1.yaml"), Buffer.from("claims:\n  - id: x\n    claim: \"caf\xe9\"\n", "latin1"));
    const e = safetyGapErrorOf(() => loadClaims(join(dir, "latin1.yaml")));
    expect(e.message).toBe("the claims file is not valid UTF-8: byte 0xE9 at byte offset 33 cannot start or continue a character (shown as \uFFFD)");
    expect(e.where).toMatchObject({ file: join(dir, "latin1.yaml"), line: 3, column: 16 });
  });
});
