/**
 * Runs the sandbox as its own process (benchmarks, manual tries).
 * Environment: SANDBOX_PORT (default 4010), SANDBOX_HOST (default 127.0.0.1), SANDBOX_DATA_DIR (open-data folder;
 * default: the bundled dataset), SANDBOX_LATENCY_MS, SANDBOX_QUOTA_OFFRES, SANDBOX_QUOTA_ROME (the four ROME
 * products), SANDBOX_QUOTA_MARCHE.
 */
import { startSandbox, type SandboxApi } from './index';

function numberFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number`);
  return value;
}

async function main(): Promise<void> {
  const quotas: Partial<Record<SandboxApi, number>> = {};
  const offres = numberFromEnv('SANDBOX_QUOTA_OFFRES');
  const rome = numberFromEnv('SANDBOX_QUOTA_ROME');
  const marche = numberFromEnv('SANDBOX_QUOTA_MARCHE');
  if (offres !== undefined) quotas.offres = offres;
  if (rome !== undefined) {
    for (const api of ['rome-metiers', 'rome-fiches-metiers', 'rome-competences', 'rome-contextes-travail'] as const)
      quotas[api] = rome;
  }
  if (marche !== undefined) quotas.marche = marche;

  const sandbox = await startSandbox({
    port: numberFromEnv('SANDBOX_PORT') ?? 4010,
    host: process.env.SANDBOX_HOST || '127.0.0.1',
    dataDir: process.env.SANDBOX_DATA_DIR || undefined,
    latencyMs: numberFromEnv('SANDBOX_LATENCY_MS'),
    quotas,
  });
  console.log(`France Travail sandbox listening on ${sandbox.url}`);
  console.log(`  token URL: ${sandbox.tokenUrl}`);
  console.log(`  API base:  ${sandbox.apiBaseUrl}`);

  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`sandbox failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
