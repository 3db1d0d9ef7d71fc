import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, vi } from "vitest";
import { browserAvailable, type BrowserProbe, defaultProbe, findBrowser } from "../../src/pdf/findBrowser.js";

/** A fake machine: which files are executable, who we are, what gets run. */
function machine(opts: { files?: string[]; root?: boolean; installs?: string[] }) {
  const files = new Set(opts.files ?? []);
  const ran: string[] = [];
  const logged: string[] = [];
  const probe: BrowserProbe = {
    isExecutable: (f) => files.has(f),
    isRoot: () => opts.root ?? false,
    run: (cmd, args) => {
      ran.push([cmd, ...args].join(" "));
      if (cmd === "apt-get" && args[0] === "install") for (const f of opts.installs ?? []) files.add(f);
    },
    log: (l) => logged.push(l),
  };
  return { probe, ran, logged };
}

const PP = "/root/.cache/puppeteer/chrome/linux-1/chrome";

describe("findBrowser", () => {
  it("prefers PUPPETEER_EXECUTABLE_PATH", async () => {
    const m = machine({ files: ["/opt/chrome", PP, "/usr/bin/chromium"] });
    expect(await findBrowser({ PUPPETEER_EXECUTABLE_PATH: "/opt/chrome" }, m.probe)).toEqual({ executablePath: "/opt/chrome", source: "env" });
  });

  it("fails clearly when PUPPETEER_EXECUTABLE_PATH points nowhere", async () => {
    const m = machine({ files: ["/usr/bin/chromium"] });
    await expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: "/nope/chrome" }, m.probe)).rejects.toThrow(/PUPPETEER_EXECUTABLE_PATH is set to "\/nope\/chrome", but no file exists there/);
  });

  it("never Puppeteer's browser cache (puppeteer-core downloads none): a system browser instead", async () => {
    expect(await findBrowser({}, machine({ files: [PP, "/usr/bin/chromium"] }).probe)).toEqual({ executablePath: "/usr/bin/chromium", source: "system" });
  });

  it("then system browsers in order chromium, chromium-browser, google-chrome, also on PATH", async () => {
    expect((await findBrowser({}, machine({ files: ["/usr/bin/google-chrome", "/usr/bin/chromium-browser"] }).probe)).executablePath).toBe("/usr/bin/chromium-browser");
    expect((await findBrowser({ PATH: "/snap/bin" }, machine({ files: ["/snap/bin/chromium"] }).probe)).executablePath).toBe("/snap/bin/chromium");
  });

  it("as root with apt-get, installs Debian's chromium and says so", async () => {
    const m = machine({ files: ["/usr/bin/apt-get"], root: true, installs: ["/usr/bin/chromium"] });
    expect(await findBrowser({}, m.probe)).toEqual({ executablePath: "/usr/bin/chromium", source: "installed" });
    expect(m.ran).toEqual(["apt-get update", "apt-get install -y chromium"]);
    expect(m.logged.join("\n")).toMatch(/installing Debian's chromium as root: apt-get update && apt-get install -y chromium/);
  });

  it("otherwise names the exact command to run", async () => {
    const notRoot = machine({ files: ["/usr/bin/apt-get"], root: false });
    const e = await findBrowser({}, notRoot.probe).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SafetyGapError);
    expect((e as SafetyGapError).hint).toBe("run `sudo apt-get update && sudo apt-get install -y chromium`, or set PUPPETEER_EXECUTABLE_PATH to a Chromium/Chrome executable");
    expect(notRoot.ran).toEqual([]);
    const noApt = await findBrowser({}, machine({ root: true }).probe).catch((x: unknown) => x);
    expect((noApt as SafetyGapError).hint).toBe("run `npx @puppeteer/browsers install chrome@stable`, or set PUPPETEER_EXECUTABLE_PATH to a Chromium/Chrome executable");
  });

  it("reports a failed install", async () => {
    const m = machine({ files: ["/usr/bin/apt-get"], root: true });
    m.probe.run = () => {
      throw new Error("E: Unable to locate package chromium");
    };
    await expect(findBrowser({}, m.probe)).rejects.toThrow(/^installing Chromium failed \(apt-get update && apt-get install -y chromium\): E: Unable to locate package chromium$/);
  });

  it("reports a failed install that threw something other than an Error", async () => {
    const m = machine({ files: ["/usr/bin/apt-get"], root: true });
    m.probe.run = () => {
      throw "exit 100";
    };
    const e = (await findBrowser({}, m.probe).catch((x: unknown) => x)) as SafetyGapError;
    expect(e.message).toBe("installing Chromium failed (apt-get update && apt-get install -y chromium): exit 100");
  });

  it("looks in /usr/bin, then each PATH entry once, skipping empty ones", async () => {
    const asked: string[] = [];
    const m = machine({});
    m.probe.isExecutable = (f) => (asked.push(f), false);
    await findBrowser({ PATH: "/usr/bin::/opt/b" }, m.probe).catch(() => undefined);
    expect(asked.slice(0, 3)).toEqual(["/usr/bin/chromium", "/opt/b/chromium", "/usr/bin/chromium-browser"]);
    expect(asked.length).toBe(9);
  });
});

describe("defaultProbe and browserAvailable", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "sg-findbrowser-"));
    writeFileSync(path.join(dir, "chromium"), "#!/bin/sh\n");
    chmodSync(path.join(dir, "chromium"), 0o755);
    writeFileSync(path.join(dir, "plain"), "");
    chmodSync(path.join(dir, "plain"), 0o644);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("takes an executable file for a browser, not a plain or missing one", () => {
    // Even root runs only a file with an execute bit.
    expect(["chromium", "none", "plain"].map((f) => defaultProbe.isExecutable(path.join(dir, f)))).toEqual([true, false, false]);
  });

  it("is root only as uid 0", () => {
    expect(defaultProbe.isRoot()).toBe(process.getuid?.() === 0);
  });

  it("logs to stderr", () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      defaultProbe.log("a line");
      expect(err.mock.calls).toEqual([["a line"]]);
    } finally {
      err.mockRestore();
    }
  });

  it("says whether a browser is there: PUPPETEER_EXECUTABLE_PATH's file, or a browser on PATH", () => {
    const none = path.join(dir, "empty");
    expect(browserAvailable({ PUPPETEER_EXECUTABLE_PATH: path.join(dir, "chromium"), PATH: none })).toBe(true);
    expect(browserAvailable({ PATH: dir })).toBe(true);
    const noSystem = !["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].some((n) => defaultProbe.isExecutable(`/usr/bin/${n}`));
    if (noSystem) {
      expect(browserAvailable({ PUPPETEER_EXECUTABLE_PATH: path.join(dir, "none"), PATH: none })).toBe(false);
      expect(browserAvailable({ PATH: none })).toBe(false);
    }
  });
});
