import { DEFAULT_QUOTAS } from '../../../src/upstream';
import { FairQuotaQueue } from '../../../src/upstream/core/fair-quota-queue';
import { MemoryQuotaLimiter } from '../../../src/upstream/core/quota-limiter';

/** Five a second: slots 200 ms apart, so that no slot frees up while a test queues its calls, however slow the machine. */
const quotas = { ...DEFAULT_QUOTAS, offres: 5 };
/** What the bucket lets start at once (quota 5, one kept in reserve). */
const BURST = 4;

function queue() {
  return new FairQuotaQueue(new MemoryQuotaLimiter(quotas), quotas);
}

describe('FairQuotaQueue', () => {
  it("serves waiting clients in turn: one client's burst does not hold another's single call behind it", async () => {
    const fair = queue();
    const served: string[] = [];
    const take = (clientId: string) =>
      fair.acquire({ api: 'offres', clientId, maxWaitMs: 10_000 }).then(() => served.push(clientId));
    const burst = Array.from({ length: 12 }, () => take('bulk'));
    const single = take('single');
    await Promise.all([...burst, single]);
    // In arrival order the single call would be 13th; in turn it takes the first or second slot after the burst.
    expect(served.indexOf('single')).toBeLessThanOrEqual(BURST + 1);
    expect(served).toHaveLength(13);
  });

  it('alternates between clients that both wait', async () => {
    const fair = queue();
    const served: string[] = [];
    const take = (clientId: string) =>
      fair.acquire({ api: 'offres', clientId, maxWaitMs: 10_000 }).then(() => served.push(clientId));
    const first = Array.from({ length: 10 }, () => take('a'));
    const second = Array.from({ length: 4 }, () => take('b'));
    await Promise.all([...first, ...second]);
    // In arrival order b would take the last four slots; in turn, every other one after the burst.
    expect(served.slice(BURST, BURST + 8).filter((client) => client === 'b')).toHaveLength(4);
  });

  it('refuses at once, as our own queue, a call that could not start within its wait limit', async () => {
    const fair = queue();
    const waiting = Array.from({ length: 12 }, () =>
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

  it('serves background calls only when no live call waits', async () => {
    const fair = queue();
    const served: string[] = [];
    const take = (clientId: string, background: boolean) =>
      fair.acquire({ api: 'offres', clientId, maxWaitMs: 10_000, background }).then(() => served.push(clientId));
    const warming = Array.from({ length: 10 }, () => take('warm-up', true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const live = Array.from({ length: 3 }, () => take('live', false));
    await Promise.all([...warming, ...live]);
    // The burst went to the warm-up before anyone else asked; after it, every live call comes before the rest of it.
    const firstLive = served.indexOf('live');
    expect(firstLive).toBeLessThanOrEqual(BURST + 1);
    expect(served.slice(firstLive, firstLive + 3)).toEqual(['live', 'live', 'live']);
    expect(served).toHaveLength(13);
  });
});
