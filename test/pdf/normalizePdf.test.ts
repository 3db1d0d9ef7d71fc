import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import * as msg from "../../src/messages/pdf.js";
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

  it("renumbers the structure IDs by the element each names and re-sorts the ID tree, without moving any byte", () => {
    /** A tagged PDF's table cells as Chromium writes them, with the DOM node numbers `a` (elements 16) and `b` (18). */
    const tagged = (a: string, b: string): string => {
      const [lo, hi] = a < b ? [[a, 16], [b, 18]] : [[b, 18], [a, 16]];
      return (
        `16 0 obj\n<</Type /StructElem /S /TH /ID (node${a})>>\nendobj\n` +
        `17 0 obj\n<</Type /StructElem /S /TD /A [<</O /Table /Headers [(node${a})]>>]>>\nendobj\n` +
        `18 0 obj\n<</Type /StructElem /S /TH /ID (node${b})>>\nendobj\n` +
        `27 0 obj\n<</Limits [(node${lo![0]}) (node${hi![0]})]\n/Names [(node${lo![0]}) ${lo![1]} 0 R (node${hi![0]}) ${hi![1]} 0 R]>>\nendobj\n`
      );
    };
    const fresh = tagged("00000207", "00000209");
    const keptTab = tagged("00003431", "00003429");
    const out = normalizePdf(Buffer.from(keptTab, "latin1"), 0).toString("latin1");
    expect(out).toBe(normalizePdf(Buffer.from(fresh, "latin1"), 0).toString("latin1"));
    expect(out.length).toBe(keptTab.length);
    expect(out).toContain("16 0 obj\n<</Type /StructElem /S /TH /ID (node00000001)>>");
    expect(out).toContain("/Headers [(node00000001)]");
    expect(out).toContain("18 0 obj\n<</Type /StructElem /S /TH /ID (node00000002)>>");
    expect(out).toContain("<</Limits [(node00000001) (node00000002)]\n/Names [(node00000001) 16 0 R (node00000002) 18 0 R]>>");
  });

  it("leaves structure IDs alone when one is not in the ID tree", () => {
    const pdf = "1 0 obj\n<</ID (node00000207) /Headers [(node00000300)]>>\nendobj\n2 0 obj\n<</Limits [(node00000207) (node00000207)]\n/Names [(node00000207) 1 0 R]>>\nendobj\n";
    expect(normalizePdf(Buffer.from(pdf, "latin1"), 0).toString("latin1")).toBe(pdf);
  });

  it("refuses a date not in Chromium's form, which could not be rewritten in place", () => {
    const e = (() => {
      try {
        normalizePdf(Buffer.from("1 0 obj << /CreationDate (D:2026) >> endobj", "latin1"), 0);
      } catch (x) {
        return x as SafetyGapError;
      }
    })();
    expect(e).toBeInstanceOf(SafetyGapError);
    expect(e!.format()).toBe(`the PDF's /CreationDate (D:2026) is not in the form Chromium writes (D:YYYYMMDDHHmmSS+00'00'), so it cannot be fixed for a reproducible build\n  fix: ${msg.dateFieldChangedHint()}`);
  });

  it("gives the /ID's second half the digest rotated by eight digits, and pads a half longer than the digest with zeros", () => {
    const id = (a: string, b: string): string => `trailer << /ID [<${a}> <${b}>] >>\n`;
    const out = normalizePdf(Buffer.from(id("A".repeat(32), "B".repeat(32)), "latin1"), 0).toString("latin1");
    const [, first, second] = /<([0-9a-f]{32})> <([0-9a-f]{32})>/.exec(out)!;
    expect(second!.slice(0, 24)).toBe(first!.slice(8));
    expect(second).not.toBe(first);
    const long = normalizePdf(Buffer.from(id("C".repeat(70), "D".repeat(70)), "latin1"), 0).toString("latin1");
    const [, a, b] = /<([0-9a-f]{70})> <([0-9a-f]{70})>/.exec(long)!;
    expect([a!.slice(64), b!.slice(64)]).toEqual(["000000", "000000"]);
  });
});
