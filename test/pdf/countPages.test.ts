import { describe, expect, it } from "vitest";
import { countPages } from "../../src/pdf/countPages.js";

const pdf = (body: string): Uint8Array => new TextEncoder().encode(body);

describe("countPages(pdf)", () => {
  it("counts /Type /Page dictionaries, not the /Pages tree", () => {
    expect(countPages(pdf("<< /Type /Pages /Kids [1 0 R 2 0 R] >> << /Type /Page >> << /Type/Page /Parent 3 0 R >>"))).toBe(2);
  });
  it("counts only the bytes of the view it is given", () => {
    const whole = pdf("<< /Type /Page >> << /Type /Page >>");
    expect(countPages(whole.subarray(0, 17))).toBe(1);
  });
  it("is 0 for bytes that are not a PDF", () => {
    expect(countPages(pdf(""))).toBe(0);
  });
});
