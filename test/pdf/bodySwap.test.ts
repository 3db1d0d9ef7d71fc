import { describe, expect, it } from "vitest";
import { splitBody, swappable } from "../../src/pdf/bodySwap.js";

const page = (body: string, head = "<title>t</title>"): string => `<!doctype html><html><head>${head}</head>\n<body class="x">\n${body}\n</body>\n</html>\n`;
const font = new Uint8Array([1, 2, 3]);

/** The kept tab of `before`, asked whether `after` (same other files unless given) may be swapped in. */
function canSwap(before: string, after: string, afterFiles: [string, Uint8Array | string][] = [["font.woff2", font]]): boolean {
  const files = new Map<string, Uint8Array | string>([["paper.html", before], ["font.woff2", font]]);
  const kept = { split: splitBody(before)!, files, entry: "paper.html" };
  const next = new Map<string, Uint8Array | string>([["paper.html", after], ...afterFiles]);
  return swappable(kept, next, "paper.html", splitBody(after)!);
}

describe("splitBody", () => {
  it("splits at the body's opening tag and its last closing tag", () => {
    expect(splitBody(page("<p>a</p>"))).toEqual({
      before: '<!doctype html><html><head><title>t</title></head>\n<body class="x">',
      body: "\n<p>a</p>\n",
      after: "</body>\n</html>\n",
    });
    expect(splitBody(new TextEncoder().encode("<BODY><p>b</p></Body>"))).toEqual({ before: "<BODY>", body: "<p>b</p>", after: "</Body>" });
    expect(splitBody("<p>no body tags</p>")).toBeUndefined();
    expect(splitBody(undefined)).toBeUndefined();
    // The last closing tag, and none before the opening one.
    expect(splitBody("<body>a</body>b</body>c")).toEqual({ before: "<body>", body: "a</body>b", after: "</body>c" });
    expect(splitBody("</body><body>a")).toBeUndefined();
    // Bytes from a view into a larger buffer: only the view's.
    const whole = new TextEncoder().encode("xx<body>v</body>yy");
    expect(splitBody(whole.subarray(2, 16))).toEqual({ before: "<body>", body: "v", after: "</body>" });
  });
});

describe("swappable", () => {
  it("compares the other files by bytes, text or not", () => {
    expect(canSwap(page("<p>a</p>"), page("<p>b</p>"), [["font.woff2", new Uint8Array([1, 2, 3])]])).toBe(true);
    expect(canSwap(page("<p>a</p>"), page("<p>b</p>"), [["font.woff2", "\u0001\u0002\u0003"]])).toBe(true);
    expect(canSwap(page("<p>a</p>"), page("<p>b</p>"), [["font.woff2", new Uint8Array([0, 1, 2, 3, 4]).subarray(1, 4)]])).toBe(true);
  });

  it("takes an edited body with in-page links, inline SVG and text", () => {
    expect(canSwap(page("<p>a</p>"), page('<p>b <a href="#ref-x">[1]</a> <a href=\'#s\'>2</a></p><svg><text>c</text></svg>'))).toBe(true);
  });

  it("refuses a change outside the body, or of another file", () => {
    expect(canSwap(page("<p>a</p>"), page("<p>b</p>", "<title>u</title>"))).toBe(false);
    expect(canSwap(page("<p>a</p>"), page("<p>b</p>"), [["font.woff2", new Uint8Array([9])]])).toBe(false);
    expect(canSwap(page("<p>a</p>"), page("<p>b</p>"), [["font.woff2", font], ["more.css", "p{}"]])).toBe(false);
    expect(canSwap(page("<p>a</p>"), page("<p>b</p>"), [])).toBe(false);
    // The same page under another name.
    const before = page("<p>a</p>");
    const files = new Map<string, Uint8Array | string>([["paper.html", before], ["font.woff2", font]]);
    const renamed = new Map<string, Uint8Array | string>([["other.html", page("<p>b</p>")], ["font.woff2", font]]);
    expect(swappable({ split: splitBody(before)!, files, entry: "paper.html" }, renamed, "other.html", splitBody(page("<p>b</p>"))!)).toBe(false);
  });

  it("refuses a body that loads a file or parses otherwise as a fragment", () => {
    for (const body of [
      '<img src="a.png">',
      '<svg><image href="a.png"/></svg>',
      '<svg><use href="s.svg#a"/></svg>',
      '<link rel="stylesheet" href="x.css">',
      "<style>p{}</style>",
      '<p style="background: URL(a.png)">x</p>',
      '<table background="a.png"></table>',
      '<a href="other.html">x</a>',
      '<a href=https://example.com>x</a>',
      '<meta http-equiv="refresh" content="0">',
      "<noscript><p>x</p></noscript>",
      "<script>1</script>",
      "</body><p>x</p><body>",
      '<iframe srcdoc="x"></iframe>',
      '<p style="x">@import "a.css";</p>',
      '<picture><source srcset="a.png"></picture>',
      '<p srcset = "a.png">x</p>',
    ])
      expect([body, canSwap(page("<p>a</p>"), page(body))]).toEqual([body, false]);
  });
});
