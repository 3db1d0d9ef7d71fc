/**
 * rebuild() in this process on the starter paper, with recording effects and
 * a fake printer (test/pipeline/stages/starterProject.ts): the order of the
 * events and commits, the draft PDF, a superseded rebuild, and a failure.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { newBuildMemory } from "../../../src/pipeline/context.js";
import { resolveOptions } from "../../../src/pipeline/resolveOptions.js";
import { rebuild, type RebuildEvents } from "../../../src/watch/rebuild.js";
import { fakePdf, fakePrinter, recordingEffects, removeProjects, starterProject } from "../../pipeline/stages/starterProject.js";

vi.mock("../../../src/source/runResultsCommand.js", async () => ({ runResultsCommand: (await import("../../pipeline/stages/starterProject.js")).writeResults }));

afterAll(removeProjects);

let dir = "";
beforeAll(async () => {
  dir = await starterProject();
});

/** What happened, in order: events by name, commits by their entries (assets left out). */
function recorder(superseded: () => boolean = () => false) {
  const log: string[] = [];
  const effects = recordingEffects();
  const commit = effects.commit;
  effects.commit = (outDir, files, stale) => {
    log.push(`commit ${[...files.keys()].filter((p) => !/(^|\/)(assets|static)\//.test(p)).sort().join(" ")}${stale ? ` stale=[${stale.join(" ")}]` : ""}`);
    commit(outDir, files, stale);
  };
  const events: RebuildEvents = {
    onHtml: (_ms, files) => log.push(`html ${files.has("paper.html")}`),
    onDraftPdf: () => log.push("draft"),
    onPdf: () => log.push("pdf"),
    superseded,
  };
  return { log, effects, events };
}

/** A printer that sends the job's draft ("draft") before the PDF, at once or after the page's commit (two turns later). */
function draftingPrinter(late: boolean) {
  const printer = fakePrinter(fakePdf(1));
  const print = printer.print;
  printer.print = async (job) => {
    if (late) for (let i = 0; i < 2; i++) await new Promise<void>((ok) => setImmediate(ok));
    job.draft?.(Buffer.from("draft"));
    return print(job);
  };
  return printer;
}

describe("rebuild", () => {
  it("serves the page, commits it, shows a draft sent while the page was written once it is, then the tagged PDF, then the rest", async () => {
    const options = resolveOptions({ cwd: dir, workers: 1, site: false });
    const printer = draftingPrinter(false);
    const { log, effects, events } = recorder();
    const report = await rebuild(options, effects, printer, events, newBuildMemory());
    expect(report.superseded).toBe(false);
    expect(report.runs.map((r) => `${r.stage} ${r.ran}`)).toEqual(["params true", "compute true", "figures true", "render true", "pdf true", "review true"]);
    expect(log).toEqual([
      "html true",
      "commit data/samples.csv paper.html provenance.json results.json",
      "commit paper.pdf",
      "draft",
      "commit paper.pdf",
      "pdf",
      "commit check.json data/samples.csv paper.html provenance.json results.json stale=[]",
    ]);
    expect(printer.jobs.length).toBe(1);
    expect(effects.commits.every((c) => c.outDir === options.outDir)).toBe(true);
    expect(Buffer.from(effects.commits[1]!.files.get("paper.pdf") as Uint8Array).toString("latin1")).toBe("draft");
  });

  it("shows a draft printed after the page is committed at once", async () => {
    writeFileSync(join(dir, "report", "paper", "00-abstract.md"), "Changed, so the PDF is printed again.\n");
    const options = resolveOptions({ cwd: dir, workers: 1, site: false });
    const { log, effects, events } = recorder();
    await rebuild(options, effects, draftingPrinter(true), events);
    expect(log.slice(1, 5)).toEqual(["commit data/samples.csv paper.html provenance.json results.json", "commit paper.pdf", "draft", "commit paper.pdf"]);
  });

  it("prints no draft when the printer sends none, and the PDF at most once", async () => {
    writeFileSync(join(dir, "report", "paper", "00-abstract.md"), "Changed again.\n");
    const options = resolveOptions({ cwd: dir, workers: 1, site: false });
    const { log, effects, events } = recorder();
    await rebuild(options, effects, fakePrinter(fakePdf(1)), events);
    expect(log.slice(1, 4)).toEqual(["commit data/samples.csv paper.html provenance.json results.json", "commit paper.pdf", "pdf"]);
  });

  it("leaves the PDF, review and the supplement to the next rebuild when a newer change waits", async () => {
    const options = resolveOptions({ cwd: dir, workers: 1 });
    const printer = fakePrinter(fakePdf(1));
    const { log, effects, events } = recorder(() => true);
    const report = await rebuild(options, effects, printer, events);
    expect(report.superseded).toBe(true);
    expect(log).toEqual(["html true", "commit data/samples.csv paper.html provenance.json results.json"]);
    expect(printer.jobs).toEqual([]);
    expect(report.runs.map((r) => r.stage)).toEqual(["params", "compute", "figures", "render"]);
  });

  it("without the PDF: no print, and paper.pdf is not stale (kept from an earlier build)", async () => {
    const options = resolveOptions({ cwd: dir, workers: 1, pdf: false, site: false });
    const { log, effects, events } = recorder();
    const report = await rebuild(options, effects, undefined, { onHtml: events.onHtml, onPdf: events.onPdf });
    expect(report).toEqual({ runs: expect.any(Array) as unknown[], warnings: [], superseded: false });
    expect(log).toEqual(["html true", "commit data/samples.csv paper.html provenance.json results.json", "commit check.json data/samples.csv paper.html provenance.json results.json stale=[]"]);
  });

  it("stops at a failing stage with nothing committed, and rethrows its error", async () => {
    const options = resolveOptions({ cwd: dir, workers: 1, pdf: false, site: false });
    writeFileSync(join(dir, "report", "tables.yaml"), "arms: [\n");
    const { log, effects, events } = recorder();
    await expect(rebuild(options, effects, undefined, events)).rejects.toThrow("YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]");
    expect(log).toEqual([]);
  });
});
