import { describe, expect, it } from "vitest";
import { normalizePdf, pdfDate } from "../../src/pdf/normalizePdf.js";

describe("normalizePdf", () => {
  it("formats PDF dates in UTC", () => {
    expect(pdfDate(0)).toBe("D:19700101000000+00'00'");
    expect(pdfDate(1767225600)).toBe("D:20260101000000+00'00'");
  });

  it("rewrites both dates and the /ID without moving any byte", () => {
    const pdf = "%PDF-1.4\n1 0 obj << /CreationDate (D:20261127181203+00'00') /ModDate (D:20261127181204+00'00') >> endobj\ntrailer << /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\n";
    const out = normalizePdf(Buffer.from(pdf, "latin1"), 86400).toString("latin1");
    expect(out.length).toBe(pdf.length);
    expect(out).toContain("/CreationDate (D:19700102000000+00'00')");
    expect(out).toContain("/ModDate (D:19700102000000+00'00')");
    expect(out).not.toContain("0123456789ABCDEF");
    // Another wall clock, same output.
    expect(normalizePdf(Buffer.from(pdf.replace(/181203/, "235959"), "latin1"), 86400).toString("latin1")).toBe(out);
  });
});
