/** One small table for the table tests (HTML, CSV, tables page): groups, keyed and unkeyed cells, a missing cell. */
import type { Results } from "../../../src/results/types.js";
import type { SiteTable } from "../../../src/site/types.js";

/** Only what the table code reads of Results: the numbers and the scales. */
export const tableResults = (scales?: string[]): Results =>
  ({ numbers: { "a.1B": 0.123456, "lo.1B": 0.1, "hi.1B": 0.2, "b.1B": 5 }, sets: scales === undefined ? {} : { scales } }) as unknown as Results;

export const TABLE: SiteTable = {
  id: "t1",
  number: 2,
  caption: "Gap at {scale} & more ({scale})",
  stub: "Method",
  columns: [{ header: "Mean", group: "Safety" }, { header: "CI", group: "Safety" }, { header: "Many" }, { header: "Pair", group: "Other" }],
  byScale: {
    "1B": [
      {
        label: "A+B",
        cells: [
          { text: "0.1235", keys: ["a.1B"] },
          { text: "[0.1000, 0.2000]", keys: ["lo.1B", "hi.1B"] },
          { text: "1.5e3 to 1e\u22123; 1e12 \u22122", keys: [] },
          // One of the two keys is missing from the results: the printed numbers count.
          { text: "7 and 8", keys: ["b.1B", "missing.1B"] },
        ],
      },
      { label: 'say "hi", ok', cells: [{ text: "n/a", keys: [] }, { text: "x", keys: [], values: [1, 2, 3] }] },
    ],
  },
};

/** No column groups. */
export const PLAIN: SiteTable = { id: "p", number: 1, caption: "Plain", stub: "", columns: [{ header: "V" }], byScale: { "1B": [{ label: "r", cells: [{ text: "3", keys: [] }] }] } };
