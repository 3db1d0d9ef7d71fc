/**
 * `safety-gap watch` (npm run dev): build, serve out/ on localhost with live
 * reload, and rebuild on every change under report/ and templates/. The
 * stage cache makes a text edit skip the simulation; one Chromium stays open
 * so the PDF follows without a browser start.
 */
import { relative } from "node:path";
import { nodeEffects } from "../../pipeline/effects.js";
import { newBuildMemory } from "../../pipeline/context.js";
import { resolveOptions } from "../../pipeline/resolveOptions.js";
import { SafetyGapError, excerptAt, isSafetyGapError } from "../../errors.js";
import * as msg from "../../messages/cli.js";
import { PdfPrinter } from "../../pdf/PdfPrinter.js";
import type { BuildErrorReport, LiveReloadServer } from "../../watch/liveReloadServer.js";
import { startServerThread } from "../../watch/serverThread.js";
import { rebuild } from "../../watch/rebuild.js";
import { stopSignal } from "../../watch/stopSignal.js";
import { watchFolders, type FolderWatcher } from "../../watch/watchFolders.js";
import { commandInputsTree } from "../../watch/commandInputs.js";
import type { Command } from "../command.js";
import { parseOptions } from "../parseOptions.js";
import { formatStage } from "./build.js";

const help = `usage: safety-gap watch [--report DIR] [--out DIR] [--port N] [--no-pdf] [--no-site]

Builds the paper, serves the output folder on http://127.0.0.1:PORT/ (the
paper at /, the supplement at /site/, the PDF at /paper.pdf) and rebuilds on
every change under the report folder and templates/. The page reloads itself
when its HTML is rebuilt; the PDF follows. Each rebuild prints which stages
ran and why (a text edit reuses the simulation and the figures).

A failed rebuild prints its error and shows it over the page in the
browser (file:line:column, message, fix) until the next good build; the
last good files stay in place. Outputs not rebuilt are kept: with --no-pdf
or --no-site, the paper.pdf or site/ of an earlier build stay in the output
folder (a one-shot \`build --no-pdf\` removes them).

Ctrl-C (or SIGTERM) stops: the browser is closed, its temporary folders are
removed, and the exit status is 0. A second Ctrl-C exits at once (130).

options:
  --report DIR   the paper's source folder (default: report)
  --out DIR      output folder (default: out)
  --port N       port on 127.0.0.1, 0 to 65535 (default: 4321; 0 picks a free one)
  --no-pdf       do not print the PDF on each change
  --no-site      do not rebuild the supplement on each change
`;

export const watchCommand: Command = {
  name: "watch",
  help,
  async run(args, io) {
    const { values } = parseOptions("watch", args, {
      report: { type: "string" },
      out: { type: "string" },
      port: { type: "string" },
      "no-pdf": { type: "boolean" },
      "no-site": { type: "boolean" },
    });
    // Checked before anything starts: a bad port must not leave a browser behind.
    const port = portOption(values.port);
    const options = resolveOptions({ cwd: io.cwd, report: values.report, out: values.out, ...(values["no-pdf"] === true ? { pdf: false } : {}), ...(values["no-site"] === true ? { site: false } : {}) });
    const effects = nodeEffects(io.env);
    const stop = stopSignal();
    let stopping = false;
    let server: LiveReloadServer | undefined;
    let printer: PdfPrinter | undefined;
    let watcher: FolderWatcher | undefined;
    try {
      // The server first: a port in use is found before a browser starts.
      const live = (server = await listen(options.outDir, port));
      printer = options.pdf ? await PdfPrinter.launch({ env: io.env, exitOnSignal: false }) : undefined;
      const pdfPrinter = printer;
      // After Ctrl-C, a rebuild still running finishes silently: its errors (the browser is gone) are not the user's.
      options.onStage = (r) => {
        if (!stopping) io.stdout(formatStage(r));
      };

      // What each rebuild leaves for the next (see BuildMemory).
      const memory = newBuildMemory();
      let running = false;
      let again: string[] | undefined;
      const run = async (why: string): Promise<void> => {
        if (stopping) return;
        if (running) {
          again = [...(again ?? []), why];
          return;
        }
        running = true;
        const t0 = performance.now();
        io.stdout(`\nrebuild: ${why}\n`);
        try {
          const report = await rebuild(options, effects, pdfPrinter, {
            onHtml: (ms, files) => {
              if (stopping) return;
              live.serve(files);
              live.reload();
              io.stdout(`  html in ${ms.toFixed(0)} ms: ${live.url}\n`);
            },
            onDraftPdf: (ms) => {
              if (!stopping) io.stdout(`  draft (untagged) in ${ms.toFixed(0)} ms\n`);
            },
            onPdf: (ms) => {
              if (!stopping) io.stdout(`  pdf in ${ms.toFixed(0)} ms: ${live.url}paper.pdf\n`);
            },
            superseded: () => again !== undefined,
          }, memory);
          if (stopping) return;
          for (const w of report.warnings) io.stderr(`warning: ${w}\n`);
          io.stdout(report.superseded ? "  the rest is left to the next rebuild (a newer change is waiting)\n" : `  done in ${(performance.now() - t0).toFixed(0)} ms\n`);
        } catch (e) {
          // A broken edit must not end the session: say what is wrong, in the terminal and over the page, and keep serving the last good one.
          if (!stopping) {
            io.stderr(isSafetyGapError(e) ? `error: ${e.format()}\n` : `internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
            live.showError(errorReport(e));
          }
        } finally {
          running = false;
          if (again) {
            const next = again;
            again = undefined;
            void run(next.join(", "));
          }
        }
      };

      // Ctrl-C during the first build stops at once; the build's own work ends silently.
      const first = run("start").then(() => false);
      if (await Promise.race([first, stop.stopped.then(() => true)])) return 0;
      const source = options.source;
      const inputs = source.kind === "command" ? [commandInputsTree(source, [options.outDir, options.cacheDir, options.reportDir, options.templatesDir])] : [];
      watcher = watchFolders([options.reportDir, options.templatesDir, ...inputs], (changed) => void run(changed.map((f) => relative(io.cwd, f)).join(", ")));
      // Said once the watch is on: an edit made after this line is seen.
      const watched = [options.reportDir, options.templatesDir].map((d) => relative(io.cwd, d) || ".");
      if (source.kind === "command") watched.push(`the results command's inputs (${source.inputs.join(", ")})`);
      io.stdout(`watching ${watched.join(" and ")}; serving ${live.url}\n`);
      await stop.stopped;
      return 0;
    } finally {
      stopping = true;
      try {
        watcher?.close();
        await server?.close();
        await printer?.close();
      } finally {
        stop.dispose();
      }
    }
  },
};

/** What the browser's overlay shows of a failed rebuild. */
function errorReport(e: unknown): BuildErrorReport {
  if (!isSafetyGapError(e)) return { where: "", message: `${msg.overlayInternal()}: ${(e instanceof Error ? e.message : String(e)).slice(0, 2000)}` };
  const w = e.where;
  let where = w?.file ?? "";
  if (w?.line !== undefined) where += `:${w.line}${w.column !== undefined ? `:${w.column}` : ""}`;
  if (w?.path) where += ` (${w.path})`;
  const excerpt = w ? excerptAt(w) : undefined;
  return { where, message: e.message, ...(excerpt ? { excerpt } : {}), ...(e.hint ? { fix: e.hint } : {}) };
}

/** --port: a whole number from 0 to 65535. */
function portOption(value: string | undefined): number {
  if (value === undefined) return 4321;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new SafetyGapError(msg.badPort(value), { file: "(command line)" }, msg.badPortHint());
  return Number(value);
}

/** The live-reload server on `port`, with a port in use or refused as bad input rather than a stack trace. */
async function listen(root: string, port: number): Promise<LiveReloadServer> {
  try {
    return await startServerThread(root, port);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new SafetyGapError(msg.portInUse(port), { file: "(command line)" }, msg.portInUseHint(port));
    if (code === "EACCES" || code === "EADDRNOTAVAIL") throw new SafetyGapError(msg.portRefused(port, code), { file: "(command line)" }, msg.portRefusedHint());
    throw e;
  }
}
