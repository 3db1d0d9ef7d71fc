import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { type BrowserProbe, findBrowser } from "../../src/pdf/findBrowser.js";

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
    await expect(findBrowser({}, m.probe)).rejects.toThrow(/installing Chromium failed .*Unable to locate package chromium/);
  });
});
