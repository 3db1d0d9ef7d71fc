import { describe, expect, it } from "vitest";
import { parsePlaceholder } from "../../../src/render/template/parse.js";
import { render } from "../../../src/render/template/evaluate.js";
import { makeScope } from "../../../src/render/template/scope.js";
import { TemplateError } from "../../../src/render/template/ast.js";
import { syntheticResults } from "../syntheticResults.js";

const scope = makeScope(syntheticResults({ "summary.7B.RLVR.tax": -0.0096, "cmp.7B.CAI.ToxiGen.ciLow": 0.20894 }), { scale: "7B" });
const r = (text: string, mode: "html" | "tex" = "html"): string => render(parsePlaceholder(text), scope, mode).text;
const err = (text: string): TemplateError => {
  try {
    r(text);
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error(`no error for ${text}`);
};

describe("formats", () => {
  it("prints fixed decimals with a hyphen in prose and U+2212 in tables", () => {
    expect(r("summary.7B.RLVR.tax | f4")).toBe("-0.0096");
    expect(r("summary.7B.RLVR.tax | m4")).toBe("\u22120.0096");
    expect(r("summary.7B.RLVR.tax | m4", "tex")).toBe("-0.0096");
  });
  it("rounds bounds outward and prints percents", () => {
    expect(r("0.0112 | pct1up")).toBe("1.2%");
    expect(r("0.0112 | pct1")).toBe("1.1%");
    expect(r("0.7601 | f2down")).toBe("0.76");
    expect(r("0.7601 | pct0")).toBe("76%");
  });
  it("prints integers, words and modifiers", () => {
    expect(r("sizes.bootstrapResamples | int")).toBe("10,000");
    expect(r("sizes.bootstrapResamples | int", "tex")).toBe("10{,}000");
    expect(r("sizes.configurations | n")).toBe("30");
    expect(r("sizes.scales | word")).toBe("three");
    expect(r("sizes.scales | Word")).toBe("Three");
    expect(r("0.9 | f1 | nolead")).toBe(".9");
    expect(r("0.05 | f2 | sign")).toBe("+0.05");
    expect(r("-0.00001 | f4")).toBe("0.0000");
  });
  it("prints a range once with its unit", () => {
    expect(r("range(summary.7B.$advanced.retention) | pct0")).toMatch(/^\d+–\d+%$/);
    expect(r("range(1 - summary.7B.$advanced.retention) | f2")).toMatch(/^0\.\d\d–0\.\d\d$/);
  });
  it("requires a format for numbers", () => {
    expect(err("summary.7B.CAI.tax").message).toMatch(/needs a format/);
  });
});

describe("keys, patterns and variables", () => {
  it("resolves $vars, sets, * and {A,B}", () => {
    expect(r("summary.$scale.CAI.retention | f4")).toBe(r("summary.7B.CAI.retention | f4"));
    expect(r("count(summary.7B.$advanced.retention) | n")).toBe("4");
    expect(r("count(summary.*.*.tax) | n")).toBe("15");
    expect(r("count(cmp.7B.{RLVR,CAI}.$safety.diff) | n")).toBe("6");
    expect(r("$scale")).toBe("7B");
  });
  it("does arithmetic on numbers and lists (operators need spaces)", () => {
    const a = scope.values.get("summary.7B.CAI.noapSafety")! - scope.values.get("summary.7B.SFT+DPO.noapSafety")!;
    expect(r("summary.7B.CAI.noapSafety - summary.7B.SFT+DPO.noapSafety | f4")).toBe(a.toFixed(4));
    expect(r("-summary.7B.RLVR.tax | f4")).toBe("0.0096");
  });
});

describe("helpers", () => {
  const ret = (m: string): number => scope.values.get(`summary.7B.${m}.retention`)!;
  it("min/max/argmin/argmax/rank pick values and names", () => {
    const adv = ["RLVR", "Reasoning-PT", "Deliberative", "CAI"].sort((a, b) => ret(a) - ret(b));
    expect(r("argmin(summary.7B.$advanced.retention)")).toBe(adv[0]);
    expect(r("argmax(summary.7B.$advanced.retention)")).toBe(adv[3]);
    expect(r("min(summary.7B.$advanced.retention) | name")).toBe(adv[0]);
    expect(r("rankdesc(summary.7B.$advanced.retention, 2) | name")).toBe(adv[2]);
    expect(r("max(summary.*.*.tax) | name")).toMatch(/^[\w+-]+, \d+B$/);
  });
  it("argmax along an axis must agree across groups", () => {
    expect(r("argmax(cmp.7B.*.$safety.diff, 2)")).toBe("ToxiGen");
    expect(r("argmin(summary.*.$advanced.delta, 1)")).toBe("13B");
  });
  it("allsign, trend, same and bound state claims or fail", () => {
    expect(r("allsign(summary.7B.$advanced.delta)")).toBe("negative");
    expect(r("trend(summary.*.*.safetyGap)")).toBe("increases");
    expect(r("same(max(summary.7B.*.apSafety), max(summary.7B.*.noapSafety))")).toBe("CAI");
    expect(r('bound(cmp.7B.*.$safety.log10p, "<", -15) | n')).toBe("-15");
    expect(r("allsign(summary.7B.*.retention)")).toBe("positive");
    expect(err("allsign(summary.7B.*.delta)").message).toMatch(/claims all values are/);
    expect(err('bound(summary.7B.$advanced.retention, ">", 0.9) | f1').message).toMatch(/summary\.7B\.\w.*retention = /);
    expect(r("trend(summary.*.*.tax)")).toBe("decreases");
    expect(err("trend(summary.7B.*.retention)").message).toMatch(/monotone/);
  });
});

describe("errors carry a position and a suggestion", () => {
  it("unknown key", () => {
    const e = err("summary.7B.CAI.retension | f4");
    expect(e.message).toContain('did you mean "summary.7B.CAI.retention"');
    expect([e.pos, e.len]).toEqual([0, "summary.7B.CAI.retension".length]);
  });
  it("unknown helper and format", () => {
    expect(err("mx(summary.7B.*.tax) | f4").message).toContain('unknown helper "mx"; did you mean "max"');
    expect(err("summary.7B.CAI.tax | f44").message).toContain('unknown format "f44"; did you mean "f4"');
  });
  it("unknown variable", () => {
    expect(err("summary.$scal.CAI.tax | f4").message).toContain('did you mean "$scale"');
  });
  it("NaN value", () => {
    const s = makeScope(syntheticResults({ "summary.7B.CAI.tax": NaN }));
    expect(() => render(parsePlaceholder("summary.7B.CAI.tax | f4"), s)).toThrow(/is NaN, not a finite number/);
  });
  it("syntax", () => {
    expect(err("min(summary.7B.*.tax | f4").message).toMatch(/syntax error/);
  });
});
