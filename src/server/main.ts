import 'reflect-metadata';
import { startServer } from './app';
import { loadConfig } from './config';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const server = await startServer(config);
  const source = server.sandbox
    ? `sandbox mode: France Travail simulator at ${server.sandbox.url}`
    : config.subgraphUrls
      ? 'gateway over remote subgraphs'
      : 'live mode: France Travail APIs';
  console.log(
    `travail-graph ready at ${server.url} (${source}; started in ${Math.round(performance.now() - startedAt)} ms)`,
  );
  const shutdown = (signal: NodeJS.Signals) => {
    console.log(
      `travail-graph: ${signal} received, draining requests in flight (at most ${config.http.shutdownGraceMs} ms)`,
    );
    // Should anything hang past the grace period, do not wait for an orchestrator's SIGKILL.
    setTimeout(() => process.exit(1), config.http.shutdownGraceMs + 5_000).unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`travail-graph: shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`travail-graph failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
