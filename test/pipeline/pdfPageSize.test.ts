// The config's pdf.pageSize: a last @page rule in the printed page only, so the print stylesheet's
// margins stay and out/paper.html is unchanged.
import { describe, expect, it } from "vitest";
import { withPageSize } from "../../src/pipeline/stages/pdf.js";

describe("withPageSize", () => {
  it("adds the size as the head's last rule and leaves the other files and the given map alone", () => {
    const page = new Map<string, Uint8Array | string>([
      ["paper.html", "<html><head><style>@page { size: Letter; margin: 1in }</style></head><body></body></html>"],
      ["assets/a.css", "x"],
    ]);
    const sized = withPageSize(page, "A4");
    expect(sized.get("paper.html")).toBe("<html><head><style>@page { size: Letter; margin: 1in }</style><style>@page { size: A4; }</style>\n</head><body></body></html>");
    expect(sized.get("assets/a.css")).toBe("x");
    expect(page.get("paper.html")).toBe("<html><head><style>@page { size: Letter; margin: 1in }</style></head><body></body></html>");
    expect(withPageSize(new Map([["paper.html", new TextEncoder().encode("<p>no head</p>")]]), "Legal").get("paper.html")).toBe("<p>no head</p><style>@page { size: Legal; }</style>\n");
  });
});
