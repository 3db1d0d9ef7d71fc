import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript, unescapeHtml } from "../../src/text/escapeHtml.js";

describe("escapeHtml and unescapeHtml", () => {
  it("escapes the four characters that matter in text and double-quoted attributes", () => {
    expect(escapeHtml(`a < b && "c" > d's`)).toBe("a &lt; b &amp;&amp; &quot;c&quot; &gt; d's");
  });

  it("decodes every character reference once", () => {
    expect(unescapeHtml("&amp;lt;")).toBe("&lt;");
    expect(unescapeHtml("a &lt; b &amp;&amp; &quot;c&quot; &gt; d")).toBe('a < b && "c" > d');
    expect(unescapeHtml("it&#39;s, it&#x27;s, 5&nbsp;%, &mdash;")).toBe("it's, it's, 5\u00a0%, \u2014");
    expect(unescapeHtml("no references")).toBe("no references");
  });

  it("is the inverse of escapeHtml", () => {
    const text = `<span data-key="a.b">Cohen's d & "t" < 0.05</span> &amp;`;
    expect(unescapeHtml(escapeHtml(text))).toBe(text);
  });

  it("jsonForScript: JSON that cannot end its <script> element early, the same value when parsed", () => {
    const value = { caption: "a </script><script>alert(1)</script> <!-- b", sep: "line\u2028para\u2029end" };
    const json = jsonForScript(value);
    expect(json).toBe('{"caption":"a \\u003c/script>\\u003cscript>alert(1)\\u003c/script> \\u003c!-- b","sep":"line\\u2028para\\u2029end"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
