// The scope a placeholder sees: numbers in the sets' order, single-name sets as variables, design sizes and the seed, and the cache of printed placeholders.
import { describe, expect, it } from "vitest";
import { point } from "../../../src/lang/interval.js";
import { parsePlaceholder, renderPlaceholder, TemplateError } from "../../../src/render/template/placeholder.js";
import { makeScope, scopeOfResults, withVars, type Scope } from "../../../src/render/template/scope.js";
import type { Results } from "../../../src/results/types.js";

const numbers = { "z.B.2": 1, "a.A.1": 2, "z.A.1": 3, "a.B": 4, "a.B.1": 5, "q.Q": 6, "a.C.1": 7, "a.A": 8, "m.Y": 9, "m.X": 10 };
const sets = { letters: ["B", "A"], digits: ["2", "1"], base: ["A"], prefixes: ["z", "a"] };

describe("makeScope", () => {
  it("orders keys by the sets' order segment by segment, names in no set last and alphabetically, a shorter key first", () => {
    const s = makeScope({ numbers, sets });
    expect(s.lang.names()).toEqual(["z.B.2", "z.A.1", "a.B", "a.B.1", "a.A", "a.A.1", "a.C.1", "m.X", "m.Y", "q.Q"]);
  });

  it("ranks a name by the first set that lists it", () => {
    const s = makeScope({ numbers: { "k.A": 1, "k.B": 2, "k.C": 3 }, sets: { one: ["B", "A"], two: ["C", "B"] } });
    expect(s.lang.names()).toEqual(["k.B", "k.A", "k.C"]);
  });

  it("looks numbers up as points, and nothing else", () => {
    const s = makeScope({ numbers, sets });
    expect(s.lang.lookup("a.A")).toEqual(point(8));
    expect(s.lang.lookup("a")).toBeUndefined();
    expect(s.lang.lookup("toString")).toBeUndefined();
    expect(s.lang.sets).toBe(sets);
  });

  it("makes each set of one name a variable, which given variables override", () => {
    expect(makeScope({ numbers, sets }).vars).toEqual({ base: "A" });
    expect(makeScope({ numbers, sets }, { base: "B", row: "1" }).vars).toEqual({ base: "B", row: "1" });
    expect(withVars(makeScope({ numbers, sets }, { row: "1" }), { row: "2", col: "x" }).vars).toEqual({ base: "A", row: "2", col: "x" });
  });

  it("scopeOfResults adds the design sizes and the seed", () => {
    const r: Results = { schemaVersion: 1, tool: { name: "t", version: "1" }, seed: 42, numbers: { "x.A": 1 }, sets: { m: ["A", "B"] }, design: { n: 500 } };
    const s = scopeOfResults(r, { m: "A" });
    expect(s.lang.names()).toEqual(["seed", "sizes.n", "x.A"]);
    expect(s.lang.lookup("sizes.n")).toEqual(point(500));
    expect(s.lang.lookup("seed")).toEqual(point(42));
    expect(s.vars).toEqual({ m: "A" });
  });
});

describe("renderPlaceholder", () => {
  const scope = (): Scope => ({ ...makeScope({ numbers, sets }), printed: new Map() });

  it("keeps each printed placeholder by mode, variables and text, and reuses it", () => {
    const s = scope();
    const first = renderPlaceholder(parsePlaceholder("a.{base} | f1"), s);
    expect(first).toEqual({ text: "8.0", keys: ["a.A"], numeric: true, values: [8] });
    expect([...s.printed!.keys()]).toEqual([JSON.stringify(["html", [["base", "A"]], "a.{base} | f1"])]);
    expect(renderPlaceholder(parsePlaceholder("a.{base} | f1"), s)).toBe(first);
    // Another mode, other variables: printed again.
    renderPlaceholder(parsePlaceholder("a.{base} | f1"), s, "tex");
    const w = withVars(s, { row: "1", base: "B" });
    expect(renderPlaceholder(parsePlaceholder("a.{base} | f1"), w).text).toBe("4.0");
    expect([...s.printed!.keys()]).toEqual([
      JSON.stringify(["html", [["base", "A"]], "a.{base} | f1"]),
      JSON.stringify(["tex", [["base", "A"]], "a.{base} | f1"]),
      JSON.stringify(["html", [["base", "B"], ["row", "1"]], "a.{base} | f1"]),
    ]);
  });

  it("the key does not depend on the order the variables were set in", () => {
    const s = scope();
    const first = renderPlaceholder(parsePlaceholder("a.{base} | f1"), withVars(s, { row: "1", col: "2" }));
    expect(renderPlaceholder(parsePlaceholder("a.{base} | f1"), withVars(s, { col: "2", row: "1" }))).toBe(first);
    expect([...s.printed!.keys()]).toEqual([JSON.stringify(["html", [["base", "A"], ["col", "2"], ["row", "1"]], "a.{base} | f1"])]);
  });

  it("a cached text is what is printed, so the key must hold everything printing depends on", () => {
    const s = scope();
    s.printed!.set(JSON.stringify(["html", [["base", "A"]], "a.A | f1"]), { text: "cached", keys: [], numeric: false, values: [] });
    expect(renderPlaceholder(parsePlaceholder("a.A | f1"), s).text).toBe("cached");
    expect(renderPlaceholder(parsePlaceholder("a.A | f1"), withVars(s, { row: "1" })).text).toBe("8.0");
  });

  it("turns syntax and evaluation errors into template errors at their place, with their hint", () => {
    const at = (text: string): [string, number, number, string | undefined] => {
      try {
        renderPlaceholder(parsePlaceholder(text), makeScope({ numbers, sets }));
      } catch (e) {
        if (e instanceof TemplateError) return [e.message, e.pos, e.len, e.hint];
        throw e;
      }
      throw new Error("no error");
    };
    expect(at("a.A |")).toEqual(["template syntax error: expected a format name after |, found end of expression", 5, 1, "a placeholder is {{ expression | format }}; binary operators need spaces around them"]);
    expect(at("a.D | f1")).toEqual(["no number named 'a.D'; did you mean 'a.A'?", 0, 3, "spell the key as in results.numbers (see docs/results.md), or use * / $set for a segment"]);
    expect(at("a.A / 3 | word")).toEqual(['format "word" prints a count (a whole number, 0 or more), but the value is 2.6666666666666665', 10, 4, "use a number format such as f4 or pct1 for this value; word/Word spell out counts such as sizes.methods"]);
  });
});
