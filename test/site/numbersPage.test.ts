import { describe, expect, it } from "vitest";
import { familyGrammar, numbersPage } from "../../src/site/numbersPage.js";
import { KEY_FAMILIES } from "../../src/study/results/keyFamilies.js";
import type { Results } from "../../src/results/types.js";

const results: Results = { schemaVersion: 1, tool: { name: "t", version: "0" }, numbers: { "a.b": -0.5, "arm.x.mean": 1 }, sets: {} };

describe("numbers.html", () => {
  it("states the key grammar of the families the results declare", () => {
    expect(KEY_FAMILIES.map(familyGrammar)).toEqual([
      "cell.<scale>.<method>.<condition>.<benchmark>.{mean,sd,se}",
      "cmp.<scale>.<method>.<benchmark>.{diff,t,df,p,log10p,d,se,ciLow,ciHigh}",
      "summary.<scale>.<method>.<metric>[.{se,ciLow,ciHigh}]",
    ]);
    const html = numbersPage(results, undefined, [{ title: "Arms", prefix: "arm", dimensions: ["arm"], leafName: "stat", about: "", leaves: [{ names: ["mean"], meaning: "" }, { names: ["sd"], meaning: "" }], examples: "" }]);
    expect(html).toContain("sorted by key. Key grammar: <code>arm.&lt;arm&gt;.{mean,sd}</code>.</p>");
  });

  it("states no grammar when the results declare no key families, and lists every key", () => {
    const html = numbersPage(results);
    expect(html).toContain("cites (2 keys), sorted by key.</p>");
    expect(html).not.toContain("Key grammar");
    expect(html).toContain('<tr id="k-a.b"><th scope="row"><code><span>a.</span><wbr><span>b</span></code></th>');
  });
});
