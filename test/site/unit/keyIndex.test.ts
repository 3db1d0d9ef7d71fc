/** Where a click on a number goes: the first table row showing exactly that number, else its row on numbers.html. */
import { describe, expect, it } from "vitest";
import { keyHrefs } from "../../../src/site/keyIndex.js";
import type { SiteTable } from "../../../src/site/types.js";

const cell = (text: string, keys: string[]) => ({ text, keys });
const TABLE: SiteTable = {
  id: "t",
  number: 1,
  caption: "",
  stub: "",
  columns: [],
  byScale: {
    "1B": [
      { label: "r1", cells: [cell("1", ["k"]), cell("1", ["ab", "c"]), cell("[1, 2] x", ["p", "q"])] },
      {
        label: "r2",
        cells: [cell("2", ["k"]), cell("2", ["k", "k"]), cell("2", ["a", "bc"]), cell("2", ["ab", "c"]), cell(" [1, 2] ", ["lo", "hi"]), cell("x [1, 2]", ["s", "t"])],
      },
    ],
  },
};

describe("keyHrefs", () => {
  const href = keyHrefs([TABLE]);

  it("sends one key to the first row whose cell shows it alone or as a bound of a CI", () => {
    expect(href("k")).toBe("tables.html#t-1B-r1");
    expect(href(["k"])).toBe("tables.html#t-1B-r1");
    expect(href("lo")).toBe("tables.html#t-1B-r2");
  });

  it("sends several keys to the first cell computed from the same keys", () => {
    expect(href(["ab", "c"])).toBe("tables.html#t-1B-r1");
    expect(href(["c", "ab"])).toBe("tables.html#t-1B-r1");
    expect(href(["a", "bc"])).toBe("tables.html#t-1B-r2");
    expect(href(["k", "k"])).toBe("tables.html#t-1B-r2");
  });

  it("sends a key shown only inside a longer text, or no key, to the numbers page", () => {
    expect(href("p")).toBe("numbers.html#k-p");
    expect(href("s")).toBe("numbers.html#k-s");
    expect(href(["x y", "z"])).toBe("numbers.html#k-x_y");
    expect(href([])).toBe("numbers.html#k-");
  });
});
