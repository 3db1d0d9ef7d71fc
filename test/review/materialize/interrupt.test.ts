// Ctrl-C or SIGTERM while a revision builds: materializeRevision's own signal listeners, called directly
// (no signal is sent) from inside a fake step. The first signal stops the build and the run ends with
// RevisionInterrupted; a second one removes the temporary folder and ends the process at once
// (process.kill, stubbed here).
import { existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { materializeRevision, RevisionInterrupted, type RunOptions } from "../../../src/review/materializeRevision.js";
import { COMMIT, fakeRunner, ok, type Answer, type Call, type FakeOptions } from "./fakeRunner.js";

const TOOL = { bin: "/opt/fake-safety-gap/bin/safety-gap.js", identity: "fake 1" };

async function errorOf(p: Promise<unknown>): Promise<RevisionInterrupted> {
  try {
    await p;
  } catch (e) {
    return e as RevisionInterrupted;
  }
  throw new Error("resolved");
}

describe("materializeRevision, interrupted", () => {
  let repo = "";
  let before: { SIGINT: NodeJS.SignalsListener[]; SIGTERM: NodeJS.SignalsListener[] };
  let kill: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    repo = realpathSync(mkdtempSync(join(tmpdir(), "materialize-interrupt-")));
    before = { SIGINT: process.listeners("SIGINT"), SIGTERM: process.listeners("SIGTERM") };
    kill = vi.spyOn(process, "kill").mockImplementation(() => true);
  });
  afterEach(() => {
    kill.mockRestore();
    rmSync(repo, { recursive: true, force: true });
  });

  /** The listeners materializeRevision added for a signal. */
  const added = (sig: "SIGINT" | "SIGTERM"): NodeJS.SignalsListener[] => process.listeners(sig).filter((l) => !before[sig].includes(l));
  const listenersLeft = (): number => added("SIGINT").length + added("SIGTERM").length;

  /** A fake whose tool sends the listeners these signals, then answers as a program the abort stopped (SIGTERM). */
  function signalledDuringTool(signals: ("SIGINT" | "SIGTERM")[], seen: string[]): FakeOptions {
    const tool = (c: Call): Answer => {
      const opts: RunOptions = c.opts;
      // The tool runs in <tmp>/tree.
      const tmp = dirname(opts.cwd);
      for (const sig of signals) {
        const [listener, ...more] = added(sig);
        seen.push(`${sig}: ${more.length + 1} listener, ${added(sig === "SIGINT" ? "SIGTERM" : "SIGINT").length} for the other signal`);
        listener!(sig);
        seen.push(`aborted ${opts.signal!.aborted} (${String(opts.signal!.reason)}), kill ${JSON.stringify(kill.mock.calls)}, listeners ${listenersLeft()}, tmp ${existsSync(tmp)}`);
      }
      return { status: 1, signal: "SIGTERM", stdout: "", stderr: "" };
    };
    return { answer: { tool } };
  }

  it("Ctrl-C during the tool: the build's signal aborts, the run ends with RevisionInterrupted (130), the folder is removed", async () => {
    const calls: Call[] = [];
    const seen: string[] = [];
    const progress: (string | null)[] = [];
    const e = await errorOf(materializeRevision("v1", COMMIT, repo, fakeRunner(calls, signalledDuringTool(["SIGINT"], seen)), { tool: TOOL, progress: (b) => void progress.push(b) }));
    expect(e).toBeInstanceOf(RevisionInterrupted);
    expect(e.message).toBe("interrupted (SIGINT) while building revision v1; its temporary folder was removed");
    expect([e.rev, e.signal, e.exitCode]).toEqual(["v1", "SIGINT", 130]);
    expect(seen).toEqual(["SIGINT: 1 listener, 1 for the other signal", "aborted true (SIGINT), kill [], listeners 2, tmp true"]);
    expect(kill).not.toHaveBeenCalled();
    expect(progress).toEqual(["v1", null]);
    expect(listenersLeft()).toBe(0);
    expect(existsSync(dirname(calls[2]!.args[4]!))).toBe(false);
    expect(existsSync(join(repo, ".cache"))).toBe(false);
  });

  it("SIGTERM: the same listener, exit code 143", async () => {
    const seen: string[] = [];
    const e = await errorOf(materializeRevision("v1", COMMIT, repo, fakeRunner([], signalledDuringTool(["SIGTERM"], seen)), { tool: TOOL }));
    expect(e).toBeInstanceOf(RevisionInterrupted);
    expect(e.message).toBe("interrupted (SIGTERM) while building revision v1; its temporary folder was removed");
    expect(e.exitCode).toBe(143);
    expect(seen).toEqual(["SIGTERM: 1 listener, 1 for the other signal", "aborted true (SIGTERM), kill [], listeners 2, tmp true"]);
  });

  it("stopped at the first step, even one that answers success: no later step runs", async () => {
    const calls: Call[] = [];
    const fake: FakeOptions = {
      answer: {
        archive: () => {
          added("SIGINT")[0]!("SIGINT");
          return { ...ok(), raw: Buffer.from("tar") };
        },
      },
    };
    const e = await errorOf(materializeRevision("v1", COMMIT, repo, fakeRunner(calls, fake), { tool: TOOL }));
    expect(e).toBeInstanceOf(RevisionInterrupted);
    expect(e.message).toBe("interrupted (SIGINT) while building revision v1; its temporary folder was removed");
    expect(calls.map((c) => c.args[0])).toEqual(["ls-tree", "archive"]);
    expect(listenersLeft()).toBe(0);
  });

  it("a second signal while the build stops removes the folder and the listeners, and ends the process with that signal", async () => {
    const calls: Call[] = [];
    const seen: string[] = [];
    const e = await errorOf(materializeRevision("v1", COMMIT, repo, fakeRunner(calls, signalledDuringTool(["SIGINT", "SIGTERM"], seen)), { tool: TOOL }));
    expect(seen).toEqual([
      "SIGINT: 1 listener, 1 for the other signal",
      "aborted true (SIGINT), kill [], listeners 2, tmp true",
      "SIGTERM: 1 listener, 1 for the other signal",
      `aborted true (SIGINT), kill [[${process.pid},"SIGTERM"]], listeners 0, tmp false`,
    ]);
    // process.kill is stubbed, so the run goes on: it still ends as interrupted by the first signal.
    expect(e).toBeInstanceOf(RevisionInterrupted);
    expect(e.message).toBe("interrupted (SIGINT) while building revision v1; its temporary folder was removed");
    expect(listenersLeft()).toBe(0);
  });
});
