/** src/render's rendered rows onto the site's table shape. */
import { describe, expect, it } from "vitest";
import { fromRenderedTable } from "../../../src/site/fromRenderedTable.js";

describe("fromRenderedTable", () => {
  it("takes the first cell as the label (empty for an empty row), keeps each key once and only non-empty values", () => {
    const meta = { id: "t", number: 3, caption: "C", stub: "S", columns: [{ header: "A", group: "G" }, { header: "B" }], paperScale: "7B" };
    const table = fromRenderedTable(meta, {
      "1B": [
        [
          { text: "row", keys: [] },
          { text: "1", keys: ["k", "k", "j"], values: [] },
          { text: "2", keys: ["m"] },
          { text: "3", keys: [], values: [3] },
        ],
        [],
      ],
    });
    expect(table).toStrictEqual({
      id: "t",
      number: 3,
      caption: "C",
      stub: "S",
      columns: [{ header: "A", group: "G" }, { header: "B" }],
      paperScale: "7B",
      byScale: {
        "1B": [
          {
            label: "row",
            cells: [
              { text: "1", keys: ["k", "j"] },
              { text: "2", keys: ["m"] },
              { text: "3", keys: [], values: [3] },
            ],
          },
          { label: "", cells: [] },
        ],
      },
    });
  });

  it("has no paperScale when the table fixes none", () => {
    expect(fromRenderedTable({ id: "t", number: 1, caption: "", stub: "", columns: [] }, {})).toStrictEqual({ id: "t", number: 1, caption: "", stub: "", columns: [], byScale: {} });
  });
});
