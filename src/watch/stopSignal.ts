/**
 * How watch mode ends: the first SIGINT (Ctrl-C) or SIGTERM resolves
 * `stopped`, so the command closes its watchers, server and browser itself
 * and exits 0. Installed before anything starts, so an interrupt during the
 * first build cleans up too. A second signal while that runs exits at once
 * (130); PdfPrinter's exit hook still removes the browser's folders.
 */
const SIGNALS = ["SIGINT", "SIGTERM"] as const;

export interface StopSignal {
  /** Resolves with the first signal received. */
  stopped: Promise<NodeJS.Signals>;
  /** Removes the listeners. */
  dispose(): void;
}

export function stopSignal(exitNow: (code: number) => void = (code) => process.exit(code)): StopSignal {
  let received = false;
  let resolveStop: (signal: NodeJS.Signals) => void = () => undefined;
  const stopped = new Promise<NodeJS.Signals>((ok) => (resolveStop = ok));
  const onSignal = (signal: NodeJS.Signals): void => {
    if (received) exitNow(130);
    received = true;
    resolveStop(signal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  return {
    stopped,
    dispose: () => {
      for (const s of SIGNALS) process.removeListener(s, onSignal);
    },
  };
}
