/**
 * build and watch run in this process on the starter paper, without the PDF
 * or a browser: the results command is replaced by writeResults and the
 * compiled worker files are hidden (vi.mock), so the watch server runs on
 * this thread. watch is stopped by calling the SIGINT listener it installs
 * (no signal is sent or emitted).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createServer, type Server } from "node:net";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { main } from "../../../src/cli/main.js";
import type { CliIO } from "../../../src/cli/command.js";
import { formatStage } from "../../../src/cli/commands/build.js";
import { resolveOptions } from "../../../src/pipeline/resolveOptions.js";
import { removeProjects, starterProject } from "../../pipeline/stages/starterProject.js";

vi.mock("../../../src/source/runResultsCommand.js", async () => ({ runResultsCommand: (await import("../../pipeline/stages/starterProject.js")).writeResults }));
vi.mock("../../../src/compiledWorkerFile.js", async (original) => ({ ...(await original<object>()), compiledWorkerFile: () => undefined }));

afterAll(removeProjects);

interface Session {
  out: string;
  err: string;
  io: CliIO;
  /** Resolves once stdout (or stderr) matches. */
  until(pattern: RegExp, stream?: "out" | "err"): Promise<void>;
}

function session(cwd: string, isTTY = false): Session {
  const waits: (() => void)[] = [];
  const poke = (): void => {
    for (const w of waits.splice(0)) w();
  };
  const s: Session = {
    out: "",
    err: "",
    io: { stdout: (t) => ((s.out += t), poke()), stderr: (t) => ((s.err += t), poke()), isTTY, cwd, env: {} },
    until: (pattern, stream = "out") =>
      new Promise<void>((ok) => {
        const check = (): void => (pattern.test(stream === "out" ? s.out : s.err) ? ok() : void waits.push(check));
        check();
      }),
  };
  return s;
}

/** Stage lines with their times and reasons left out. */
const stages = (text: string): string[] => text.split("\n").filter((l) => /^ {2}\S+ +(ran|reused) /.test(l)).map((l) => l.replace(/ +\d+ ms {2}\((.*)\)$/, " ($1)").replace(/ +/g, " ").trim());

/** The error the live-reload channel sends a page that connects now. */
async function overlay(url: string): Promise<unknown> {
  const stop = new AbortController();
  const res = await fetch(`${url}__live`, { signal: stop.signal });
  const reader = res.body!.getReader();
  let text = "";
  while (!/data: .*\n\n/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
  stop.abort();
  return (JSON.parse(/data: (.*)\n\n/.exec(text)![1]!) as { error: unknown }).error;
}

let dir = "";
beforeAll(async () => {
  dir = await starterProject();
});

describe("build", () => {
  it("builds into out/, printing each stage and a summary, and on a terminal the command's progress", async () => {
    const s = session(dir, true);
    expect(await main(["build", "--no-pdf", "--no-site", "--workers", "1"], s.io)).toBe(0);
    expect(s.err).toBe("running node study.mjs …\n");
    const lines = s.out.split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.at(-2)).toMatch(/^wrote \d+ files to out in \d+\.\d\d s$/);
    expect(stages(s.out)).toEqual(["params ran (always runs)", "compute ran (no cache)", "figures ran (no cache)", "render ran (always runs)", "review ran (always runs)"]);
    expect(readdirSync(join(dir, "out")).filter((f) => !f.startsWith("assets")).sort()).toEqual(["check.json", "data", "paper.html", "provenance.json", "results.json"]);
  });

  it("prints nothing with --quiet, and reuses the stages of the last build", async () => {
    const s = session(dir, true);
    expect(await main(["build", "--no-pdf", "--no-site", "--quiet", "--out", "out"], s.io)).toBe(0);
    expect([s.out, s.err]).toEqual(["", ""]);
    const t = session(dir);
    expect(await main(["build", "--no-pdf", "--no-site", "--strict", "--report", "report"], t.io)).toBe(0);
    expect(stages(t.out)).toEqual(["params ran (always runs)", "compute reused (cached)", "figures reused (cached)", "render ran (always runs)", "review ran (always runs)"]);
    // Off a terminal, no progress lines (such as "results cached").
    expect(t.err).toBe("");
  });

  it("prints a failing claim as a warning on stderr (exit 0 without --strict), and stops with it as an error with --strict (exit 2)", async () => {
    const claims = join(dir, "report", "claims.yaml");
    writeFileSync(claims, readFileSync(claims, "utf8").replace("`effect.diff` > 0", "`effect.diff` > 100"));
    const s = session(dir);
    expect(await main(["build", "--no-pdf", "--no-site", "--quiet"], s.io)).toBe(0);
    expect(s.out).toBe("");
    expect(s.err).toBe("warning: claim treated-higher fails: broken by 2.481 > 100 is false (effect.diff = 2.4809)\n");
    const strict = session(dir);
    expect(await main(["build", "--no-pdf", "--no-site", "--quiet", "--strict"], strict.io)).toBe(2);
    // --strict makes the failing claim an error: exit 2, no warning.
    expect(strict.err).toBe(`safety-gap build: ${dir}/report/claims.yaml: 1 claim(s) of ${dir}/report/claims.yaml fail against the reproduction (--strict)\n  fix: Fix the parameters or the claim, or build without --strict to see them as warnings.\n`);
  });

  it("formats a stage line: name padded to 8, ran or reused, whole milliseconds, the reason", () => {
    expect(formatStage({ stage: "page", ran: true, ms: 12.6, reason: "paper changed" })).toBe("  page     ran       13 ms  (paper changed)\n");
    expect(formatStage({ stage: "results", ran: false, ms: 0.2, reason: "cached" })).toBe("  results  reused     0 ms  (cached)\n");
  });

  it("refuses a bad --workers with exit 2", async () => {
    const s = session(dir);
    expect(await main(["build", "--workers", "x"], s.io)).toBe(2);
    expect(s.err).toBe("safety-gap build: (command line): `--workers` must be an integer >= 1, got `x`\n  fix: Pass e.g. --workers 1; see `safety-gap build --help`.\n");
  });
});

describe("watch", () => {
  it("builds, serves, rebuilds on a change, shows a broken edit, and stops on SIGINT with exit 0", async () => {
    const s = session(dir);
    const before = process.listeners("SIGINT");
    const running = main(["watch", "--no-pdf", "--no-site", "--port", "0"], s.io);
    await s.until(/^watching .*\n/m);
    const url = /serving (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(s.out)?.[1] ?? "";
    const templates = relative(dir, resolveOptions({ cwd: dir }).templatesDir);
    const lines = s.out.split("\n");
    expect(lines.slice(0, 2)).toEqual(["", "rebuild: start"]);
    expect(stages(s.out)).toEqual(["params ran (always runs)", "compute reused (cached)", "figures reused (cached)", "render ran (always runs)", "review ran (always runs)"]);
    expect(lines.filter((l) => /^ {2}(html|done) in/.test(l)).map((l) => l.replace(/\d+ ms/, "N ms"))).toEqual([`  html in N ms: ${url}`, "  done in N ms"]);
    expect(lines.slice(-2)).toEqual([`watching report and ${templates} and the results command's inputs (study.mjs, params.json); serving ${url}`, ""]);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<html");

    const abstract = join(dir, "report", "paper", "00-abstract.md");
    writeFileSync(abstract, `${readFileSync(abstract, "utf8")}\nOne more sentence.\n`);
    await s.until(/rebuild: report\/paper\/00-abstract\.md\n(.*\n)* {2}done in/);
    expect(s.out.slice(s.out.indexOf("rebuild: report/paper")).split("\n")[5]).toMatch(/^ {2}html in \d+ ms: http/);
    expect(await (await fetch(url)).text()).toContain("One more sentence.");

    const tables = join(dir, "report", "tables.yaml");
    const good = readFileSync(tables, "utf8");
    writeFileSync(tables, "arms: [\n");
    await s.until(/^error: /m, "err");
    // The failing claim of the build test above, once per rebuild so far (start, the abstract).
    expect(s.err.startsWith("warning: claim treated-higher fails: broken by 2.481 > 100 is false (effect.diff = 2.4809)\nwarning: claim treated-higher fails: broken by 2.481 > 100 is false (effect.diff = 2.4809)\n")).toBe(true);
    expect(s.err.split("\n")[2]).toBe(`error: ${dir}/report/tables.yaml:2:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`);
    expect(await overlay(url)).toEqual({
      where: `${dir}/report/tables.yaml:2:1`,
      message: "YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
      excerpt: "  2 | \n      ^",
      fix: "Check the indentation, the colons after keys, and the quotes and brackets around values; a value holding `: ` or ` #` must be quoted or written as a block (>-).",
    });
    writeFileSync(tables, good);
    await s.until(/rebuild: report\/tables\.yaml\n(.*\n)*.*rebuild: report\/tables\.yaml\n(.*\n)* {2}done in/);

    // The listener watch installed, called as a SIGINT would: emitting the signal could reach a test runner's own listeners.
    const stop = process.listeners("SIGINT").filter((l) => !before.includes(l));
    expect(stop.length).toBe(1);
    stop[0]!("SIGINT");
    expect(await running).toBe(0);
    expect(process.listeners("SIGINT")).toEqual(before);
    await expect(fetch(url)).rejects.toThrow("fetch failed");
  });

  it("refuses a bad --port before anything starts, and a port in use", async () => {
    for (const port of ["65536", "x", "123456", "-1", "1.5"]) {
      const s = session(dir);
      expect(await main(["watch", "--port", port], s.io), port).toBe(2);
      expect(s.err, port).toBe(
`safety-gap watch: (command line): \`--port\` must be a port number from 0 to 65535, got \`${port}\`\n  fix: Pass e.g. --port 4321, or --port 0 for any free port; see \`safety-gap watch --help\`.\n`,
      );
    }
    const busy: Server = createServer();
    await new Promise<void>((ok) => busy.listen(0, "127.0.0.1", ok));
    const port = (busy.address() as { port: number }).port;
    try {
      const s = session(dir);
      expect(await main(["watch", "--no-pdf", "--port", String(port)], s.io)).toBe(2);
      expect(s.err).toBe(`safety-gap watch: (command line): port ${port} on 127.0.0.1 is already in use (another \`safety-gap watch\`?)\n  fix: Stop the program that uses it, or pass another port: --port ${port + 1} (or --port 0 for any free one).\n`);
      expect(s.out).toBe("");
    } finally {
      await new Promise((ok) => busy.close(ok));
    }
  });
});
