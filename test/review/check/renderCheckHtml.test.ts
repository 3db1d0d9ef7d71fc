// The supplement's `check` fragment, whole: captioned tables with header scopes, each verdict spelled out and carried in a class, U+2212 minus signs, and every text from the paper, claims.yaml or a note escaped.
import { describe, expect, it } from "vitest";
import type { CheckReport } from "../../../src/review/checkPublished.js";
import type { ClaimResult } from "../../../src/review/claims/evaluateClaims.js";
import type { Finding } from "../../../src/review/consistency/finding.js";
import { renderCheckHtml } from "../../../src/review/renderCheckHtml.js";
import { emptyReport } from "./emptyReport.js";

const at = { file: "report/claims.yaml", line: 3, column: 5 };
const claim = (c: Omit<ClaimResult, "counterexamples" | "at">): ClaimResult => ({ counterexamples: [], at, ...c });
const finding = (f: Omit<Finding, "ids">): Finding => ({ ids: [], ...f });

/** Every verdict, severity and claim status, with hostile text wherever the paper, claims.yaml or a note puts text. */
const hostile: CheckReport = {
  publishedFile: "report/published.yaml",
  resultsFile: "out/results.json",
  claimsFile: "report/claims.yaml",
  counts: { numbers: 4, statements: 0, claims: 3 },
  rules: [{ id: "sum", title: "Parts add up" }],
  comparisons: [
    { id: "a", where: "Table 1 <b>", ref: "a < b && c > d", published: -0.2, decimals: 2, value: -0.2049, difference: -0.0049, se: 0.01, z: -0.3465, verdict: "within rounding" },
    { id: "b", where: "Section 3", ref: "tax.13B", published: 0.5, decimals: 1, value: 0.52, difference: 0.02, se: 5e-5, z: 1.4142, verdict: "reproduced" },
    { id: "c", where: "Abstract", ref: "gap", published: 1.25, decimals: 2, value: 1.5, difference: 0.25, se: 0.02, z: 8.8388, verdict: "off" },
    { id: "d", where: "Figure 2", ref: "\"quoted\"", published: 3, decimals: 0, verdict: "missing" },
  ],
  findings: [
    finding({ rule: "sum&more", severity: "inconsistent", where: "Table 1", message: "<script>alert(1)</script> = 0.5, printed 0.9" }),
    finding({ rule: "bound", severity: "understated", where: "Section 2 & 3", message: "'below 50%' bounds values up to 2%" }),
    finding({ rule: "sum", severity: "rounding", where: "Table 4", message: "1.2 + 3.4 = 4.6, printed 4.7" }),
  ],
  claims: [
    claim({ id: "c1", claim: "RLVR <keeps> its gap", where: "Section 5", status: "pass", message: "" }),
    claim({ id: "c2", claim: "gap > 0", status: "fail", message: "summary.7B.gap = -0.1 & < 0" }),
    claim({ id: "c3", claim: "x exists", where: "Appendix", status: "error", message: "no number named 'x'" }),
  ],
  notes: ['no sweep.json <img src=x onerror="alert(1)">'],
  strict: false,
  problems: { numbers: 2, inconsistencies: 1, claims: 2 },
  exitCode: 0,
};

/** With a sweep: z over the seeds' SD, two fragile claims (one with a place); no claims and no finding. */
const sweep: CheckReport = {
  publishedFile: "published.yaml",
  counts: { numbers: 2, statements: 1, claims: 0 },
  rules: [],
  comparisons: [
    { id: "a", where: "Table 2", ref: "x", published: 0.25, decimals: 2, value: 0.2512, difference: 0.0012, se: 0.01, seedSd: 0.004, z: 0.3, verdict: "reproduced" },
    { id: "b", where: "Table 2", ref: "y", published: 0.5, decimals: 2, value: 0.6, difference: 0.1, seedSd: 0.02, z: 5, verdict: "off" },
  ],
  findings: [],
  claims: [],
  sweep: {
    file: "sweep.json",
    seeds: 100,
    fragileBelow: 0.5,
    fragile: [
      { id: "f1", kind: "claim", text: "gap < 0.1 <always>", where: "Section 4", paper: true, holds: 40, of: 100, rate: 0.4, low: 0.31, high: 0.5 },
      { id: "f2", kind: "statement", text: "ratio small", paper: true, holds: 7, of: 100, rate: 0.07, low: 0.034, high: 0.137 },
    ],
  },
  notes: [],
  strict: true,
  problems: { numbers: 1, inconsistencies: 0, claims: 0 },
  exitCode: 1,
};


describe("renderCheckHtml", () => {
  it("escapes every text from the paper, claims.yaml and the notes, spells out and classes each verdict, severity and claim status, and marks the number columns", () => {
    expect(renderCheckHtml(hostile)).toBe([
      '<section class="review-check" aria-labelledby="review-check-title">',
      '<h2 id="review-check-title">Checking the published paper</h2>',
      '<p class="note">no sweep.json &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>',
      "<h3>Published numbers against the reproduction</h3>",
      "<p>z = (reproduced − published) / (√2 · SE): both are Monte-Carlo estimates with standard error SE. Verdicts: <em>within rounding</em> (the difference is below half a unit of the printed last digit), <em>reproduced</em> (|z| ≤ 3), <em>off</em>.</p>",
      "<table>",
      "<caption>Each published number, its reproduction, and the verdict</caption>",
      '<thead><tr><th scope="col">Where</th><th scope="col">Key or formula</th><th scope="col">Published</th><th scope="col">Reproduced</th><th scope="col">Difference</th><th scope="col">SE</th><th scope="col">z</th><th scope="col">Verdict</th></tr></thead>',
      "<tbody>",
      '<tr class="verdict-within-rounding"><th scope="row">Table 1 &lt;b&gt;</th><td>a &lt; b &amp;&amp; c &gt; d</td><td class="num">−0.20</td><td class="num">−0.2049</td><td class="num">−0.0049</td><td class="num">0.01</td><td class="num">−0.35</td><td>within rounding</td></tr>',
      '<tr class="verdict-reproduced"><th scope="row">Section 3</th><td>tax.13B</td><td class="num">0.5</td><td class="num">0.52</td><td class="num">+0.02</td><td class="num">5.000e−5</td><td class="num">1.41</td><td>reproduced</td></tr>',
      '<tr class="verdict-off"><th scope="row">Abstract</th><td>gap</td><td class="num">1.25</td><td class="num">1.5</td><td class="num">+0.25</td><td class="num">0.02</td><td class="num">8.84</td><td>off</td></tr>',
      '<tr class="verdict-missing"><th scope="row">Figure 2</th><td>&quot;quoted&quot;</td><td class="num">3</td><td class="num"></td><td class="num"></td><td class="num"></td><td class="num"></td><td>missing</td></tr>',
      "</tbody>",
      "</table>",
      "<h3>Internal consistency of the published paper</h3>",
      "<table>",
      "<caption>Inconsistencies found by checking the paper against itself</caption>",
      '<thead><tr><th scope="col">Where</th><th scope="col">Finding</th><th scope="col">Severity</th><th scope="col">Rule</th></tr></thead>',
      "<tbody>",
      '<tr class="severity-inconsistent"><th scope="row">Table 1</th><td>&lt;script&gt;alert(1)&lt;/script&gt; = 0.5, printed 0.9</td><td>inconsistent</td><td>sum&amp;more</td></tr>',
      `<tr class="severity-understated"><th scope="row">Section 2 &amp; 3</th><td>'below 50%' bounds values up to 2%</td><td>understated bound</td><td>bound</td></tr>`,
      '<tr class="severity-rounding"><th scope="row">Table 4</th><td>1.2 + 3.4 = 4.6, printed 4.7</td><td>rounding note</td><td>sum</td></tr>',
      "</tbody>",
      "</table>",
      "<h3>The paper's claims, evaluated on the reproduction</h3>",
      "<table>",
      "<caption>Claims and whether the reproduction supports them</caption>",
      '<thead><tr><th scope="col">Claim</th><th scope="col">Where</th><th scope="col">Result</th><th scope="col">Numbers that break it</th></tr></thead>',
      "<tbody>",
      '<tr class="claim-pass"><th scope="row">RLVR &lt;keeps&gt; its gap</th><td>Section 5</td><td>holds</td><td></td></tr>',
      '<tr class="claim-fail"><th scope="row">gap &gt; 0</th><td></td><td>fails</td><td>summary.7B.gap = -0.1 &amp; &lt; 0</td></tr>',
      `<tr class="claim-error"><th scope="row">x exists</th><td>Appendix</td><td>error</td><td>no number named 'x'</td></tr>`,
      "</tbody>",
      "</table>",
      "</section>",
      "",
    ].join("\n"));
  });
  it("with a sweep, measures z in the seeds' SD, shows the SD rather than the SE, and lists the fragile claims with their hold rates", () => {
    expect(renderCheckHtml(sweep)).toBe([
      '<section class="review-check" aria-labelledby="review-check-title">',
      '<h2 id="review-check-title">Checking the published paper</h2>',
      "<h3>Published numbers against the reproduction</h3>",
      '<p>z = (reproduced − published) / SD, the SD of the reproduced number over the 100 seeds of the sweep (<a href="robustness.html">Robustness to the seed</a>). Verdicts: <em>within rounding</em> (the difference is below half a unit of the printed last digit), <em>reproduced</em> (|z| ≤ 3), <em>off</em>.</p>',
      "<table>",
      "<caption>Each published number, its reproduction, and the verdict</caption>",
      '<thead><tr><th scope="col">Where</th><th scope="col">Key or formula</th><th scope="col">Published</th><th scope="col">Reproduced</th><th scope="col">Difference</th><th scope="col">SD over seeds</th><th scope="col">z</th><th scope="col">Verdict</th></tr></thead>',
      "<tbody>",
      '<tr class="verdict-reproduced"><th scope="row">Table 2</th><td>x</td><td class="num">0.25</td><td class="num">0.2512</td><td class="num">+0.0012</td><td class="num">0.004</td><td class="num">0.30</td><td>reproduced</td></tr>',
      '<tr class="verdict-off"><th scope="row">Table 2</th><td>y</td><td class="num">0.50</td><td class="num">0.6</td><td class="num">+0.1</td><td class="num">0.02</td><td class="num">5.00</td><td>off</td></tr>',
      "</tbody>",
      "</table>",
      "<h3>Internal consistency of the published paper</h3>",
      "<table>",
      "<caption>Inconsistencies found by checking the paper against itself</caption>",
      '<thead><tr><th scope="col">Where</th><th scope="col">Finding</th><th scope="col">Severity</th><th scope="col">Rule</th></tr></thead>',
      "<tbody>",
      "",
      "</tbody>",
      "</table>",
      "<h3>Fragile claims</h3>",
      `<p>Claims and statements that hold in the paper's seed but in fewer than 50% of the sweep's 100 seeds (<a href="robustness.html">Robustness to the seed</a>).</p>`,
      "<table>",
      "<caption>Fragile claims and their hold rates over the seeds</caption>",
      '<thead><tr><th scope="col">Claim</th><th scope="col">Where</th><th scope="col">Holds in</th><th scope="col">Rate (95% CI)</th></tr></thead>',
      "<tbody>",
      '<tr class="claim-fragile"><th scope="row">gap &lt; 0.1 &lt;always&gt;</th><td>Section 4</td><td class="num">40 of 100</td><td class="num">40% (31–50%)</td></tr>',
      '<tr class="claim-fragile"><th scope="row">ratio small</th><td></td><td class="num">7 of 100</td><td class="num">7% (3–14%)</td></tr>',
      "</tbody>",
      "</table>",
      "</section>",
      "",
    ].join("\n"));
  });
  it("without a reproduction, claims or sweep, has only the table of the paper's findings", () => {
    expect(renderCheckHtml(emptyReport)).toBe([
      '<section class="review-check" aria-labelledby="review-check-title">',
      '<h2 id="review-check-title">Checking the published paper</h2>',
      "<h3>Internal consistency of the published paper</h3>",
      "<table>",
      "<caption>Inconsistencies found by checking the paper against itself</caption>",
      '<thead><tr><th scope="col">Where</th><th scope="col">Finding</th><th scope="col">Severity</th><th scope="col">Rule</th></tr></thead>',
      "<tbody>",
      "",
      "</tbody>",
      "</table>",
      "</section>",
      "",
    ].join("\n"));
  });
});
