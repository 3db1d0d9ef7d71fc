import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { buildCheckReport } from "../../src/review/checkPublished.js";
import { loadClaims } from "../../src/review/claims/loadClaims.js";
import { loadPublished } from "../../src/review/published/loadPublished.js";
import { CLAIMS_FILE, PUBLISHED_FILE } from "./doctor.js";
import { syntheticResults } from "./syntheticResults.js";

/** Every `file` field anywhere in the report, with the top-level *File fields. */
function paths(report: object): string[] {
  const found: string[] = [];
  JSON.stringify(report, (key, value: unknown) => {
    if ((key === "file" || key.endsWith("File")) && typeof value === "string") found.push(value);
    return value;
  });
  return found;
}

describe("buildCheckReport({ ..., pathsRelativeTo })", () => {
  const args = {
    published: loadPublished(PUBLISHED_FILE),
    results: syntheticResults(),
    resultsFile: join(dirname(dirname(PUBLISHED_FILE)), "out", "results.json"),
    claims: loadClaims(CLAIMS_FILE),
    claimsFile: CLAIMS_FILE,
  };

  it("writes every file path relative to the given folder, so the report does not depend on the checkout's place", () => {
    const report = buildCheckReport({ ...args, pathsRelativeTo: dirname(dirname(PUBLISHED_FILE)) });
    expect(report.publishedFile).toBe("report/published.yaml");
    expect(report.claimsFile).toBe("report/claims.yaml");
    expect(report.resultsFile).toBe("out/results.json");
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.claims.length).toBeGreaterThan(0);
    expect(new Set(paths(report))).toEqual(new Set(["report/published.yaml", "report/claims.yaml", "out/results.json"]));
  });

  it("keeps the paths as given without it (the check command's own output)", () => {
    const report = buildCheckReport(args);
    expect(report.publishedFile).toBe(PUBLISHED_FILE);
    expect(report.claims[0]?.at.file).toBe(CLAIMS_FILE);
  });
});
