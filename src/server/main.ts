import 'reflect-metadata';
import { startServer } from './app';
import { loadConfig } from './config';
import { shutdownOnSignals } from './shutdown';

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
  const shutdown = shutdownOnSignals({ stop: () => server.stop(), graceMs: config.http.shutdownGraceMs });
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`travail-graph failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
