/** One table at one scale as CSV: one column per value a cell holds, full precision, RFC 4180 quoting. */
import { describe, expect, it } from "vitest";
import { renderTableCsv } from "../../../src/site/tableCsv.js";
import { PLAIN, TABLE, tableResults } from "./tableFixture.js";

describe("renderTableCsv", () => {
  it("widens a column to its widest cell (low/high for two values, numbered beyond), quotes and leaves missing values empty", () => {
    expect(renderTableCsv(TABLE, "1B", tableResults())).toBe(
      "method,scale,Mean,CI 1,CI 2,CI 3,Many 1,Many 2,Many 3,Many 4,Pair low,Pair high\r\n" +
        "A+B,1B,0.123456,0.1,0.2,,1500,0.001,1000000000000,-2,7,8\r\n" +
        '"say ""hi"", ok",1B,,1,2,3,,,,,,\r\n',
    );
  });

  it('names the label column "row" when the stub is empty, and has only the header at a scale without rows', () => {
    expect(renderTableCsv(PLAIN, "1B", tableResults())).toBe("row,scale,V\r\nr,1B,3\r\n");
    expect(renderTableCsv(PLAIN, "7B", tableResults())).toBe("row,scale,V\r\n");
  });
});
