import { DEFAULT_QUOTAS } from '../../../src/upstream';
import { FairQuotaQueue } from '../../../src/upstream/core/fair-quota-queue';
import { MemoryQuotaLimiter } from '../../../src/upstream/core/quota-limiter';

const quotas = { ...DEFAULT_QUOTAS, offres: 20 };

function queue() {
  return new FairQuotaQueue(new MemoryQuotaLimiter(quotas), quotas);
}

describe('FairQuotaQueue', () => {
  it("serves waiting clients in turn: one client's burst does not hold another's single call behind it", async () => {
    const fair = queue();
    const served: string[] = [];
    const take = (clientId: string) =>
      fair.acquire({ api: 'offres', clientId, maxWaitMs: 10_000 }).then(() => served.push(clientId));
    const burst = Array.from({ length: 30 }, () => take('bulk'));
    const single = take('single');
    await Promise.all([...burst, single]);
    const burstSize = 19; // what the bucket lets start at once (quota 20, one in reserve)
    // In arrival order the single call would be 31st; in turn it takes the first slot after the burst.
    expect(served.indexOf('single')).toBeLessThanOrEqual(burstSize + 1);
    expect(served).toHaveLength(31);
  });

  it('alternates between clients that both wait', async () => {
    const fair = queue();
    const served: string[] = [];
    const take = (clientId: string) =>
      fair.acquire({ api: 'offres', clientId, maxWaitMs: 10_000 }).then(() => served.push(clientId));
    const first = Array.from({ length: 25 }, () => take('a'));
    const second = Array.from({ length: 5 }, () => take('b'));
    await Promise.all([...first, ...second]);
    const afterBurst = served.slice(19, 29);
    expect(afterBurst.filter((client) => client === 'b')).toHaveLength(5);
  });

  it('refuses at once, as our own queue, a call that could not start within its wait limit', async () => {
    const fair = queue();
    const waiting = Array.from({ length: 40 }, () =>
      fair.acquire({ api: 'offres', clientId: 'bulk', maxWaitMs: 10_000 }),
    );
    const refused = await fair.acquire({ api: 'offres', clientId: 'bulk', maxWaitMs: 100 }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', reason: 'LOCAL_QUOTA_QUEUE' });
    await Promise.all(waiting);
    expect(fair.waitingFor('offres')).toBe(0);
  });

  it("during France Travail's Retry-After, refuses as France Travail's quota", async () => {
    const fair = queue();
    await fair.pause('offres', 60_000);
    const refused = await fair.acquire({ api: 'offres', clientId: 'a', maxWaitMs: 1000 }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', reason: 'UPSTREAM_QUOTA', retryAfterSeconds: 60 });
  });
});
