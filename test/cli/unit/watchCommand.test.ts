/**
 * `safety-gap watch`'s own logic, with every collaborator replaced (vi.mock):
 * the rebuild, the server thread, the browser, the folder watcher, the stop
 * signal and resolveOptions are fakes the test drives, so each step of a
 * session (a rebuild's events, a change during a rebuild, a failed rebuild,
 * Ctrl-C) is asserted exactly and without a build. The real session runs in
 * test/cli/inProcess/buildWatch.test.ts.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CliIO } from "../../../src/cli/command.js";
import type { RebuildEvents, RebuildReport } from "../../../src/watch/rebuild.js";
import type { BuildErrorReport } from "../../../src/watch/liveReloadServer.js";
import type { WatchedTree } from "../../../src/watch/watchFolders.js";
import { SafetyGapError } from "../../../src/errors.js";

interface RebuildCall {
  options: unknown;
  effects: unknown;
  printer: unknown;
  events: RebuildEvents;
  memory: unknown;
  done(report: Partial<RebuildReport>): void;
  fail(e: unknown): void;
}

const state = vi.hoisted(() => ({
  log: [] as string[],
  options: {} as Record<string, unknown>,
  flags: [] as unknown[],
  listenError: undefined as unknown,
  listened: [] as [string, number][],
  launched: [] as unknown[],
  rebuilds: [] as unknown[],
  watched: undefined as undefined | { folders: readonly (string | object)[]; onChange: (changed: string[]) => void },
  stop: undefined as undefined | { fire(signal: string): void },
  served: [] as unknown[],
  errors: [] as unknown[],
}));

vi.mock("../../../src/pipeline/resolveOptions.js", () => ({
  resolveOptions: (flags: unknown) => {
    state.flags.push(flags);
    return state.options;
  },
}));
vi.mock("../../../src/pipeline/effects.js", () => ({ nodeEffects: (env: unknown) => ({ env }) }));
vi.mock("../../../src/watch/serverThread.js", () => ({
  startServerThread: (root: string, port: number) => {
    state.listened.push([root, port]);
    if (state.listenError !== undefined) return Promise.reject(state.listenError);
    return Promise.resolve({
      url: "http://127.0.0.1:4999/",
      serve: (files: ReadonlyMap<string, unknown>) => void state.log.push(`serve ${[...files.keys()].join(" ")}`),
      reload: () => void state.log.push("reload"),
      showError: (report: unknown) => void (state.log.push("showError"), state.errors.push(report)),
      close: () => (state.log.push("server closed"), Promise.resolve()),
    });
  },
}));
vi.mock("../../../src/pdf/PdfPrinter.js", () => ({
  PdfPrinter: {
    launch: (options: unknown) => {
      state.launched.push(options);
      return Promise.resolve({ name: "printer", close: () => (state.log.push("printer closed"), Promise.resolve()) });
    },
  },
}));
vi.mock("../../../src/watch/rebuild.js", () => ({
  rebuild: (options: unknown, effects: unknown, printer: unknown, events: RebuildEvents, memory: unknown) =>
    new Promise<RebuildReport>((ok, fail) => {
      state.rebuilds.push({ options, effects, printer, events, memory, done: (r: Partial<RebuildReport>) => ok({ runs: [], warnings: [], superseded: false, ...r }), fail });
    }),
}));
vi.mock("../../../src/watch/watchFolders.js", () => ({
  watchFolders: (folders: readonly (string | object)[], onChange: (changed: string[]) => void) => {
    state.watched = { folders, onChange };
    return { close: () => void state.log.push("watcher closed") };
  },
}));
vi.mock("../../../src/watch/stopSignal.js", () => ({
  stopSignal: () => {
    let fire: (s: string) => void = () => undefined;
    const stopped = new Promise<string>((ok) => (fire = ok));
    state.stop = { fire: (s) => fire(s) };
    return { stopped, dispose: () => void state.log.push("disposed") };
  },
}));

const { watchCommand } = await import("../../../src/cli/commands/watch.js");

const CWD = "/paper";

function capture(): CliIO & { out: string; err: string } {
  const io = { out: "", err: "", isTTY: false, cwd: CWD, env: { NO_COLOR: "1" }, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

/** Resolves once `ready` holds: turns of the event loop, no timer. */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; !ready(); i++) {
    if (i > 10_000) throw new Error("never ready");
    await new Promise<void>((ok) => setImmediate(ok));
  }
}

const rebuildNo = async (n: number): Promise<RebuildCall> => {
  await until(() => state.rebuilds.length > n);
  return state.rebuilds[n] as RebuildCall;
};

const builtin = { kind: "builtin" };
const command = { kind: "command", text: "node study.mjs", inputs: ["study.mjs", "params.json"], cwd: CWD, argv: ["node", "study.mjs"], output: "results.json", timeout: 60, configFile: "safety-gap.config.yaml" };

beforeEach(() => {
  state.log = [];
  state.options = { reportDir: "/paper/report", templatesDir: "/paper/templates", outDir: "/paper/out", cacheDir: "/paper/.cache/safety-gap", pdf: false, source: builtin };
  state.flags = [];
  state.listenError = undefined;
  state.listened = [];
  state.launched = [];
  state.rebuilds = [];
  state.watched = undefined;
  state.stop = undefined;
  state.errors = [];
});

/** Starts a session and finishes its first build; returns what the test needs to go on. */
async function started(args: string[] = []) {
  const io = capture();
  const running = watchCommand.run(args, io);
  const first = await rebuildNo(0);
  first.done({});
  await until(() => state.watched !== undefined && io.out.includes("watching"));
  return { io, running, first };
}

async function stopped(running: Promise<number>): Promise<void> {
  state.stop!.fire("SIGINT");
  expect(await running).toBe(0);
}

describe("watch: options", () => {
  it("listens on port 4321 by default, on the out folder, and passes --report, --out, --no-pdf and --no-site to resolveOptions", async () => {
    const { running } = await started(["--report", "r", "--out", "o", "--no-pdf", "--no-site"]);
    expect(state.listened).toEqual([["/paper/out", 4321]]);
    expect(state.flags).toEqual([{ cwd: CWD, report: "r", out: "o", pdf: false, site: false }]);
    await stopped(running);
  });

  it("leaves pdf and site to the config without the flags, and takes the port given: 0 and 65535", async () => {
    for (const port of ["0", "65535", "00080"]) {
      const { running } = await started(["--port", port]);
      expect(state.flags.at(-1)).toEqual({ cwd: CWD, report: undefined, out: undefined });
      expect(state.listened.at(-1)).toEqual(["/paper/out", Number(port)]);
      await stopped(running);
      state.watched = undefined;
      state.rebuilds = [];
    }
  });

  it("refuses a port that is not a whole number from 0 to 65535 before anything starts", async () => {
    for (const port of ["65536", "99999", "123456", "1e3", " 80", "80 ", "0x50", ""]) {
      const io = capture();
      await expect(watchCommand.run(["--port", port], io), port).rejects.toMatchObject({ message: `\`--port\` must be a port number from 0 to 65535, got \`${port}\`` });
      expect(state.listened, port).toEqual([]);
    }
    try {
      await watchCommand.run(["--port", "x"], capture());
    } catch (e) {
      expect((e as SafetyGapError).format()).toBe("(command line): `--port` must be a port number from 0 to 65535, got `x`\n  fix: Pass e.g. --port 4321, or --port 0 for any free port; see `safety-gap watch --help`.");
    }
    expect(state.stop).toBeUndefined();
  });

  it("refuses an unknown option naming the watch command", async () => {
    await expect(watchCommand.run(["--pdf"], capture())).rejects.toMatchObject({ message: "unknown option `--pdf`", hint: "See `safety-gap watch --help`." });
  });
});

describe("watch: the port", () => {
  const refusal = async (code: string, port = "4321"): Promise<string> => {
    state.listenError = Object.assign(new Error(`listen ${code}`), { code });
    try {
      await watchCommand.run(["--port", port], capture());
    } catch (e) {
      expect(state.log).toEqual(["disposed"]);
      state.log = [];
      return e instanceof SafetyGapError ? e.format() : `not input: ${(e as Error).message}`;
    }
    throw new Error("did not throw");
  };

  it("explains a port in use, a refused one, and rethrows anything else (a bug)", async () => {
    expect(await refusal("EADDRINUSE")).toBe("(command line): port 4321 on 127.0.0.1 is already in use (another `safety-gap watch`?)\n  fix: Stop the program that uses it, or pass another port: --port 4322 (or --port 0 for any free one).");
    expect(await refusal("EACCES", "80")).toBe("(command line): cannot listen on port 80 on 127.0.0.1 (EACCES)\n  fix: Pass a port above 1023, which needs no privileges, e.g. --port 4321 (or --port 0 for any free one).");
    expect(await refusal("EADDRNOTAVAIL")).toBe("(command line): cannot listen on port 4321 on 127.0.0.1 (EADDRNOTAVAIL)\n  fix: Pass a port above 1023, which needs no privileges, e.g. --port 4321 (or --port 0 for any free one).");
    expect(await refusal("EPERM")).toBe("not input: listen EPERM");
    expect(state.launched).toEqual([]);
  });
});

describe("watch: a session", () => {
  it("builds, prints each event of the rebuild, says what it watches, and on stop closes the watcher, server and browser", async () => {
    state.options.pdf = true;
    const io = capture();
    const running = watchCommand.run([], io);
    const first = await rebuildNo(0);
    expect(state.launched).toEqual([{ env: { NO_COLOR: "1" }, exitOnSignal: false }]);
    expect(first.options).toBe(state.options);
    expect(first.effects).toEqual({ env: { NO_COLOR: "1" } });
    expect(first.printer).toMatchObject({ name: "printer" });
    expect(first.memory).toEqual({ stageEntries: new Map() });
    expect(io.out).toBe("\nrebuild: start\n");
    const onStage = state.options.onStage as (r: { stage: string; ran: boolean; ms: number; reason: string }) => void;
    onStage({ stage: "render", ran: true, ms: 3, reason: "always runs" });
    first.events.onHtml(12.4, new Map([["paper.html", "<p>"], ["results.json", "{}"]]));
    first.events.onDraftPdf!(20.6);
    first.events.onPdf(30.2);
    expect(first.events.superseded!()).toBe(false);
    first.done({ warnings: ["claim x fails", "claim y fails"] });
    await until(() => io.out.includes("watching"));
    expect(io.out.replace(/done in \d+ ms/, "done in N ms")).toBe(
      "\nrebuild: start\n  render   ran        3 ms  (always runs)\n  html in 12 ms: http://127.0.0.1:4999/\n  draft (untagged) in 21 ms\n  pdf in 30 ms: http://127.0.0.1:4999/paper.pdf\n  done in N ms\nwatching report and templates; serving http://127.0.0.1:4999/\n",
    );
    expect(io.err).toBe("warning: claim x fails\nwarning: claim y fails\n");
    expect(state.log).toEqual(["serve paper.html results.json", "reload"]);
    expect(state.watched!.folders).toEqual(["/paper/report", "/paper/templates"]);
    await stopped(running);
    expect(state.log.slice(2)).toEqual(["watcher closed", "server closed", "printer closed", "disposed"]);
    // After the stop, a late stage line is not printed.
    onStage({ stage: "late", ran: true, ms: 1, reason: "x" });
    expect(io.out.endsWith("serving http://127.0.0.1:4999/\n")).toBe(true);
  });

  it("watches the results command's inputs too (not in out/, the cache, the report or templates), and says so", async () => {
    state.options.source = command;
    const { io, running } = await started();
    const folders = state.watched!.folders;
    expect(folders.slice(0, 2)).toEqual(["/paper/report", "/paper/templates"]);
    expect(folders.length).toBe(3);
    const tree = folders[2] as WatchedTree;
    expect(tree.dir).toBe(CWD);
    expect(["/paper/out", "/paper/.cache/safety-gap", "/paper/report", "/paper/templates", "/paper/data"].map((d) => tree.skipDir(d))).toEqual([true, true, true, true, false]);
    expect(tree.accept("/paper/params.json")).toBe(true);
    expect(io.out.split("\n").at(-2)).toBe("watching report and templates and the results command's inputs (study.mjs, params.json); serving http://127.0.0.1:4999/");
    expect(state.launched).toEqual([]);
    await stopped(running);
    expect(state.log).toEqual(["watcher closed", "server closed", "disposed"]);
  });

  it("names the working folder itself as '.'", async () => {
    state.options.reportDir = CWD;
    const { io, running } = await started();
    expect(io.out.split("\n").at(-2)).toBe("watching . and templates; serving http://127.0.0.1:4999/");
    await stopped(running);
  });

  it("rebuilds on a change, naming the files relative to the working folder; changes during a rebuild wait and run once, together", async () => {
    const { io, running } = await started();
    io.out = "";
    state.watched!.onChange(["/paper/report/a.md", "/paper/templates/b.css"]);
    const second = await rebuildNo(1);
    expect(io.out).toBe("\nrebuild: report/a.md, templates/b.css\n");
    expect(second.events.superseded!()).toBe(false);
    state.watched!.onChange(["/paper/report/c.md"]);
    state.watched!.onChange(["/paper/report/d.md"]);
    expect(second.events.superseded!()).toBe(true);
    expect(state.rebuilds.length).toBe(2);
    second.done({ superseded: true });
    const third = await rebuildNo(2);
    expect(io.out).toBe("\nrebuild: report/a.md, templates/b.css\n  the rest is left to the next rebuild (a newer change is waiting)\n\nrebuild: report/c.md, report/d.md\n");
    expect(third.events.superseded!()).toBe(false);
    third.done({});
    await until(() => /done in \d+ ms\n$/.test(io.out));
    expect(state.rebuilds.length).toBe(3);
    await stopped(running);
  });

  it("prints a failed rebuild's error and shows it over the page, then goes on with the next change", async () => {
    const { io, running } = await started();
    const fail = async (n: number, e: unknown): Promise<BuildErrorReport> => {
      state.watched!.onChange([`/paper/report/${n}.md`]);
      (await rebuildNo(n)).fail(e);
      await until(() => state.errors.length === n);
      return state.errors[n - 1] as BuildErrorReport;
    };
    io.err = "";
    const located = new SafetyGapError("bad key", { file: "report/paper.md", line: 2, column: 5, path: "a.b", source: "one\ntwo three\n" }, "Use a key of results.json.");
    expect(await fail(1, located)).toStrictEqual({ where: "report/paper.md:2:5 (a.b)", message: "bad key", excerpt: "  2 | two three\n          ^", fix: "Use a key of results.json." });
    expect(io.err).toBe(`error: ${located.format()}\n`);
    expect(await fail(2, new SafetyGapError("no column", { file: "f.yaml", line: 3 }))).toStrictEqual({ where: "f.yaml:3", message: "no column" });
    expect(await fail(3, new SafetyGapError("a file", { file: "f.yaml" }))).toStrictEqual({ where: "f.yaml", message: "a file" });
    expect(await fail(4, new SafetyGapError("nowhere"))).toStrictEqual({ where: "", message: "nowhere" });
    expect(await fail(5, new SafetyGapError("a field", { file: "f.yaml", path: "x[0]" }, "Fix it."))).toStrictEqual({ where: "f.yaml (x[0])", message: "a field", fix: "Fix it." });
    const bug = new TypeError("x is undefined");
    io.err = "";
    expect(await fail(6, bug)).toStrictEqual({ where: "", message: "internal error in safety-gap (the terminal shows its stack trace): x is undefined" });
    expect(io.err).toBe(`internal error: ${bug.stack}\n`);
    io.err = "";
    expect(await fail(7, "thrown text")).toStrictEqual({ where: "", message: "internal error in safety-gap (the terminal shows its stack trace): thrown text" });
    expect(io.err).toBe("internal error: thrown text\n");
    expect(await fail(8, new Error("y".repeat(2500)))).toStrictEqual({ where: "", message: `internal error in safety-gap (the terminal shows its stack trace): ${"y".repeat(2000)}` });
    // The session goes on: the next change rebuilds.
    state.watched!.onChange(["/paper/report/ok.md"]);
    (await rebuildNo(9)).done({});
    await until(() => /done in \d+ ms\n$/.test(io.out));
    await stopped(running);
  });

  it("stops at once on Ctrl-C during the first build; the build's late events and error are not shown", async () => {
    const io = capture();
    const running = watchCommand.run([], io);
    const first = await rebuildNo(0);
    state.stop!.fire("SIGINT");
    expect(await running).toBe(0);
    expect(state.watched).toBeUndefined();
    expect(state.log).toEqual(["server closed", "disposed"]);
    first.events.onHtml(1, new Map([["paper.html", "x"]]));
    first.events.onDraftPdf!(1);
    first.events.onPdf(1);
    first.fail(new SafetyGapError("late"));
    await new Promise<void>((ok) => setImmediate(ok));
    expect([io.out, io.err]).toEqual(["\nrebuild: start\n", ""]);
    expect(state.log).toEqual(["server closed", "disposed"]);
  });

  it("prints nothing of a rebuild that ends after the stop, and starts no rebuild after it", async () => {
    const { io, running } = await started();
    state.watched!.onChange(["/paper/report/a.md"]);
    const second = await rebuildNo(1);
    state.watched!.onChange(["/paper/report/b.md"]);
    await stopped(running);
    const before = io.out;
    second.done({ warnings: ["late warning"] });
    await new Promise<void>((ok) => setImmediate(ok));
    expect(io.out).toBe(before);
    expect(io.err).toBe("");
    state.watched!.onChange(["/paper/report/c.md"]);
    await new Promise<void>((ok) => setImmediate(ok));
    expect(state.rebuilds.length).toBe(2);
  });
});
