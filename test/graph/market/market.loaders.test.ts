import { createGraphContext } from '../../../src/graph';
import { marketLoaders } from '../../../src/graph/market/market.loaders';
import { territoryDirectory } from '../../../src/graph/territory/territory-directory';
import { callsDuring, configFor, startSandbox, UpstreamPool, type Sandbox } from '../../upstream/support/sandbox';

describe('market loaders over the sandbox', () => {
  let sandbox: Sandbox;
  const pool = new UpstreamPool();

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await pool.closeAll();
    await sandbox.close();
  });

  test('a commune is asked, and answered, at its département: one call for the commune and the département', async () => {
    const context = createGraphContext(await pool.open(configFor(sandbox)));
    const rennes = territoryDirectory.get('COMMUNE', '35238')!;
    const ille = territoryDirectory.get('DEPARTEMENT', '35')!;
    const { result, calls } = await callsDuring(sandbox, () =>
      Promise.all([
        marketLoaders(context).tensions.load({ romeCode: 'M1805', territory: rennes }),
        marketLoaders(context).tensions.load({ romeCode: 'M1805', territory: ille }),
      ]),
    );
    expect(calls('marche')).toBe(1);
    const [forRennes, forIlle] = result;
    expect(forRennes).toBe(forIlle);
    expect(forRennes.length).toBeGreaterThan(0);
    for (const tension of forRennes) expect(tension.territory.id).toBe('DEPARTEMENT:35');
  });

  test('an upstream failure fails the key that needed it, with its stable code', async () => {
    const context = createGraphContext(await pool.open(configFor(sandbox, { maxRetries: 0 })));
    sandbox.injectFault({ api: 'marche', status: 503, times: 1 });
    try {
      await expect(
        marketLoaders(context).tensions.load({
          romeCode: 'M1811',
          territory: territoryDirectory.get('REGION', '53')!,
        }),
      ).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'marche' } });
    } finally {
      sandbox.clearFaults();
    }
  });
});
