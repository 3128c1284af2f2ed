import { createUpstream, DEFAULT_QUOTAS } from '../../src/upstream';
import { configFor, startSandbox, type Sandbox } from './support/sandbox';

describe('createUpstream', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('refuses configurations it cannot honour, naming the fields', async () => {
    const config = configFor(sandbox);
    await expect(createUpstream({ ...config, quotas: { ...DEFAULT_QUOTAS, offres: 0 } })).rejects.toThrow(
      /quotas\.offres/,
    );
    await expect(createUpstream({ ...config, maxRetries: -1 })).rejects.toThrow(/maxRetries/);
    await expect(createUpstream({ ...config, keyPrefix: '' })).rejects.toThrow(/keyPrefix/);
  });

  it('close() is idempotent and releases its connections', async () => {
    const upstream = await createUpstream(configFor(sandbox));
    await upstream.marche.listTerritoires('REGION');
    await Promise.all([upstream.close(), upstream.close()]);
    await expect(upstream.close()).resolves.toBeUndefined();
  });
});
