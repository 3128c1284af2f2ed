import 'reflect-metadata';
import { startServer } from './app';
import { loadConfig } from './config';
import { createLogger, logger, useLogger } from './observability/logger';
import { shutdownOnSignals } from './shutdown';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  useLogger(createLogger({ level: config.observability.logLevel, format: config.observability.logFormat }));
  const server = await startServer(config);
  const source = server.sandbox
    ? `sandbox mode: France Travail simulator at ${server.sandbox.url}`
    : config.subgraphUrls
      ? 'gateway over remote subgraphs'
      : 'live mode: France Travail APIs';
  logger().info(
    { event: 'ready', url: server.url, startedInMs: Math.round(performance.now() - startedAt) },
    `travail-graph ready at ${server.url} (${source})`,
  );
  const shutdown = shutdownOnSignals({
    stop: () => server.stop(),
    graceMs: config.http.shutdownGraceMs,
    log: (line) => logger().info({ event: 'shutdown' }, line),
  });
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  logger().fatal(
    { event: 'start_failed', reason: error instanceof Error ? error.message : String(error) },
    'travail-graph failed to start',
  );
  process.exit(1);
});
