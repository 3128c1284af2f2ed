import { endpointsFrom, type FranceTravailEndpoints } from '../../src/upstream/config';
import { startNaiveBaseline } from './naive-baseline';

/**
 * `node dist/bench/naive/main.js`: the naive baseline as its own process, configured like travail-graph
 * (PORT, HOST, FT_CLIENT_ID, FT_CLIENT_SECRET, FT_TOKEN_URL, FT_API_BASE_URL and the per-API FT_*_URL overrides).
 */
async function main(): Promise<void> {
  const env = process.env;
  const base = required('FT_API_BASE_URL').replace(/\/+$/, '');
  const endpoints: FranceTravailEndpoints = endpointsFrom(base, required('FT_TOKEN_URL'), env);
  const baseline = await startNaiveBaseline({
    port: Number(env.PORT ?? 4100),
    host: env.HOST ?? '127.0.0.1',
    endpoints,
    credentials: { clientId: required('FT_CLIENT_ID'), clientSecret: required('FT_CLIENT_SECRET') },
  });
  console.log(`naive baseline ready at ${baseline.url}`);
  const shutdown = () => {
    baseline.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

main().catch((error: unknown) => {
  console.error(`naive baseline failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
