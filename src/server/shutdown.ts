export interface ShutdownOptions {
  /** Drains requests in flight (bounded by the server's own grace period), then closes upstream clients. */
  stop(): Promise<void>;
  /** The grace period; the process exits with 1 should stopping hang this much longer. */
  graceMs: number;
  exit?: (code: number) => void;
  log?: (line: string) => void;
}

/**
 * What SIGTERM and SIGINT do: drain, then exit 0 (1 if stopping failed or hung). A second signal while draining
 * changes nothing. Returns the handler, so it can also be called directly.
 */
export function shutdownOnSignals(options: ShutdownOptions): (signal: NodeJS.Signals) => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const log = options.log ?? ((line: string) => console.log(line));
  let draining = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    log(`travail-graph: ${signal} received, draining requests in flight (at most ${options.graceMs} ms)`);
    const hung = setTimeout(() => exit(1), options.graceMs + 5_000);
    hung.unref();
    options.stop().then(
      () => {
        clearTimeout(hung);
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(hung);
        log(`travail-graph: shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        exit(1);
      },
    );
  };
  return shutdown;
}
