import { describe, expect, it } from "vitest";
import { parsePlaceholder, renderPlaceholder, TemplateError } from "../../../src/render/template/placeholder.js";
import { scopeOfResults } from "../../../src/render/template/scope.js";
import { syntheticResults } from "../syntheticResults.js";

const results = syntheticResults({ "summary.7B.RLVR.tax": -0.0096, "cmp.7B.CAI.ToxiGen.ciLow": 0.20894 });
const scope = scopeOfResults(results, { scale: "7B" });
const value = (k: string): number => results.numbers[k]!;
const r = (text: string, mode: "html" | "tex" = "html"): string => renderPlaceholder(parsePlaceholder(text), scope, mode).text;
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
  it("prints a negative number's minus as U+2212 in prose and tables, as - in TeX", () => {
    expect(r("summary.7B.RLVR.tax | f4")).toBe("\u22120.0096");
    expect(r("summary.7B.RLVR.tax | f4", "tex")).toBe("-0.0096");
    expect(r("-1234 | int")).toBe("\u22121,234");
    expect(r("-0.0123 | pct1")).toBe("\u22121.2%");
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
    expect(r("range(summary.7B.$advancedMethods.retention) | pct0")).toMatch(/^\d+–\d+%$/);
    expect(r("range(1 - summary.7B.$advancedMethods.retention) | f2")).toMatch(/^0\.\d\d–0\.\d\d$/);
  });
  it("requires a format for numbers", () => {
    expect(err("summary.7B.CAI.tax").message).toMatch(/needs a format/);
  });
});

describe("keys, patterns and variables", () => {
  it("resolves $vars, sets, * and {A,B}", () => {
    expect(r("summary.{scale}.CAI.retention | f4")).toBe(r("summary.7B.CAI.retention | f4"));
    expect(r("count(summary.7B.$advancedMethods.retention) | n")).toBe("4");
    expect(r("count(summary.*.*.tax) | n")).toBe("15");
    expect(r("count(cmp.7B.{RLVR,CAI}.$safetyBenchmarks.diff) | n")).toBe("6");
    expect(r("{scale}")).toBe("7B");
  });
  it("does arithmetic on numbers and lists (operators need spaces)", () => {
    const a = value("summary.7B.CAI.noapSafety") - value("summary.7B.SFT+DPO.noapSafety");
    expect(r("summary.7B.CAI.noapSafety - summary.7B.SFT+DPO.noapSafety | f4")).toBe(a.toFixed(4));
    expect(r("-summary.7B.RLVR.tax | f4")).toBe("0.0096");
  });
});

describe("helpers", () => {
  const ret = (m: string): number => value(`summary.7B.${m}.retention`);
  it("min/max/argmin/argmax/rank pick values and names", () => {
    const adv = ["RLVR", "Reasoning-PT", "Deliberative", "CAI"].sort((a, b) => ret(a) - ret(b));
    expect(r("argmin(summary.7B.$advancedMethods.retention)")).toBe(adv[0]);
    expect(r("argmax(summary.7B.$advancedMethods.retention)")).toBe(adv[3]);
    expect(r("min(summary.7B.$advancedMethods.retention) | name")).toBe(adv[0]);
    expect(r("rankdesc(summary.7B.$advancedMethods.retention, 2) | name")).toBe(adv[2]);
    expect(r("max(summary.*.*.tax) | name")).toMatch(/^[\w+-]+, \d+B$/);
  });
  it("argmax along an axis must agree across groups", () => {
    expect(r("argmax(cmp.7B.*.$safetyBenchmarks.diff, 2)")).toBe("ToxiGen");
    expect(r("argmin(summary.*.$advancedMethods.delta, 1)")).toBe("13B");
  });
  it("allsign, trend, same and bound state claims or fail", () => {
    expect(r("allsign(summary.7B.$advancedMethods.delta)")).toBe("negative");
    expect(r("trend(summary.*.*.safetyGap)")).toBe("increases");
    expect(r("same(max(summary.7B.*.apSafety), max(summary.7B.*.noapSafety))")).toBe("CAI");
    expect(r('bound(cmp.7B.*.$safetyBenchmarks.log10p, "<", -15) | n')).toBe("\u221215");
    expect(r("allsign(summary.7B.*.retention)")).toBe("positive");
    expect(err("allsign(summary.7B.*.delta)").message).toMatch(/claims all values are/);
    expect(err('bound(summary.7B.$advancedMethods.retention, ">", 0.9) | f1').message).toMatch(/summary\.7B\.\w.*retention = /);
    expect(r("trend(summary.*.*.tax)")).toBe("decreases");
    expect(err("trend(summary.7B.*.retention)").message).toMatch(/monotone/);
  });
});

describe("errors carry a position and a suggestion", () => {
  it("unknown key", () => {
    const e = err("summary.7B.CAI.retension | f4");
    expect(e.message).toBe("no number named 'summary.7B.CAI.retension'; did you mean 'summary.7B.CAI.retention'?");
    expect([e.pos, e.len]).toEqual([0, "summary.7B.CAI.retension".length]);
  });
  it("unknown function and format", () => {
    expect(err("mx(summary.7B.*.tax) | f4").message).toMatch(/^unknown function 'mx'; did you mean 'max'\? \(known: abs, sqrt, min, max, .*, bound\)$/);
    expect(err("summary.7B.CAI.tax | f44").message).toContain('unknown format "f44"; did you mean "f4"');
  });
  it("unknown variable or set, and one written as the other", () => {
    expect(err("summary.{scal}.CAI.tax | f4").message).toBe("'{scal}' is not bound (bound here: {baseline}, {scale}); did you mean '{scale}'?");
    expect(err("summary.7B.$advanced.tax | f4").message).toBe(
      "unknown set '$advanced' (known: $scales, $methods, $conditions, $benchmarks, $safetyBenchmarks, $capabilityBenchmarks, $advancedMethods, $baseline); did you mean '$advancedMethods'?",
    );
    expect([err("summary.7B.$advanced.tax | f4").pos, err("summary.7B.$advanced.tax | f4").len]).toEqual([11, 9]);
    expect(err("$scale").message).toBe('"$scale" is a variable (one name): write "{scale}"');
    expect(err("summary.$scale.CAI.tax | f4").message).toBe('"$scale" is a variable (one name): write "{scale}"');
    expect(err("summary.7B.{methods}.tax | f4").message).toBe('"{methods}" is a set (a list of names): write "$methods"');
    expect(err("summary.7B*.CAI.tax | f4").message).toContain("a wildcard '*' stands for one whole segment");
  });
  it("NaN value", () => {
    const s = scopeOfResults(syntheticResults({ "summary.7B.CAI.tax": NaN }));
    expect(() => renderPlaceholder(parsePlaceholder("summary.7B.CAI.tax | f4"), s)).toThrow(/is NaN, not a finite number/);
  });
  it("syntax", () => {
    expect(err("min(summary.7B.*.tax | f4").message).toMatch(/syntax error/);
  });
});

describe("formats refuse what they would print wrongly", () => {
  it("word and Word print counts only: a non-integer or a negative is refused at the format", () => {
    const e = err("summary.7B.CAI.tax | word");
    expect(e.message).toMatch(/^format "word" prints a count \(a whole number, 0 or more\), but the value is -?0\.\d+/);
    expect([e.pos, e.len]).toEqual(["summary.7B.CAI.tax | ".length, 4]);
    expect(err("0.5 | Word").message).toMatch(/prints a count/);
    expect(err("-3 | word").message).toMatch(/prints a count/);
    expect(r("sizes.methods | Word")).toBe("Five");
    expect(r("sizes.configurations | word")).toBe("30");
  });
  it("one format prints the value: | f4 | word, | n | f2 and | f4 | name are refused", () => {
    const e = err("summary.7B.CAI.tax | f4 | word");
    expect(e.message).toBe('two formats that print the value: "f4" and then "word"; keep one');
    expect(e.pos).toBe("summary.7B.CAI.tax | f4 | ".length);
    expect(err("sizes.methods | n | f2").message).toMatch(/two formats/);
    expect(err("min(summary.7B.*.tax) | f4 | name").message).toMatch(/two formats/);
    expect(err("sizes.methods | word | sign").message).toBe('"sign" modifies printed digits, but "word" prints a word');
    expect(r("0.05 | f2 | sign | nolead")).toBe("+.05");
  });
  it("name on a single key (no wildcard, so no name) is refused instead of printing nothing", () => {
    const e = err("summary.7B.CAI.tax | name");
    expect(e.message).toMatch(/^"summary\.7B\.CAI\.tax" has no name/);
    expect([e.pos, e.len]).toEqual([0, "summary.7B.CAI.tax".length]);
    expect(err("argmax(summary.7B.CAI.tax)").message).toMatch(/has no name/);
    expect(r("min(summary.7B.*.tax) | name")).toMatch(/^[\w+-]+$/);
  });
  it("Infinity and NaN are refused with the expression underlined: x / 0, 0 / 0, 1e400", () => {
    const e = err("summary.7B.CAI.tax / 0 | f4");
    // x / 0 is undefined in interval arithmetic (the same evaluator checks claims): NaN.
    expect(e.message).toBe("this expression is NaN, not a finite number");
    expect([e.pos, e.len]).toEqual([0, "summary.7B.CAI.tax / 0".length]);
    expect(err("1e400 | f4").message).toBe("this expression is Infinity, not a finite number");
    expect(() => r("0 / 0 | f4", "tex")).toThrow(/is NaN, not a finite number/);
    expect([err("1 / (1 / 0) | f4").pos, err("1 / (1 / 0) | f4").len]).toEqual([5, 5]);
    expect(err("summary.7B.$advancedMethods.tax / 0 | f4").message).toBe("this expression is NaN, not a finite number");
  });
  it("f and m print 0-6 decimals, pct 0 or 1, as docs/writing.md lists: f9 and pct9 are unknown, with the nearest valid format", () => {
    expect(err("summary.7B.CAI.tax | f9").message).toBe('unknown format "f9": f prints 0 to 6 decimals (f0…f6); did you mean "f6"?');
    expect(err("summary.7B.CAI.tax | pct9").message).toBe('unknown format "pct9": pct prints 0 to 1 decimal (pct0…pct1); did you mean "pct1"?');
    expect(err("summary.7B.CAI.tax | m7up").message).toMatch(/did you mean "m6up"\?/);
    expect(r("0.1234567 | f6")).toBe("0.123457");
    expect(r("0.0112 | m4down")).toBe("0.0112");
    expect(err("summary.7B.CAI.tax | pct1dwn").message).toBe('unknown format "pct1dwn"; did you mean "pct1down"?');
  });
  it("hide is the last format or the only one: | hide | f4 would print the number", () => {
    const e = err("summary.7B.CAI.tax | hide | f4");
    expect(e.message).toMatch(/^"hide" prints nothing, so "f4" after it would be ignored/);
    expect(e.pos).toBe("summary.7B.CAI.tax | hide | ".length);
    expect(r("summary.7B.CAI.tax | f4 | hide")).toBe("");
    expect(r('bound(summary.7B.*.retention, ">", 0) | hide')).toBe("");
  });
});

describe("trend needs two values per group", () => {
  it("refuses a single value (a group of one has no direction) instead of saying \"increases\"", () => {
    const e = err("trend(summary.7B.CAI.tax)");
    expect(e.message).toBe("trend() needs at least two values in every group (along the first wildcard), but summary.7B.CAI.tax is alone");
    expect([e.pos, e.len]).toEqual([0, "trend(summary.7B.CAI.tax)".length]);
    expect(r("trend(summary.*.CAI.safetyGap)")).toBe("increases");
  });
});
