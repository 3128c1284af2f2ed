import { QuotaLimiter } from '../../src/sandbox/control/quota';

describe('QuotaLimiter (token bucket per client and API)', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000;
  });

  it('allows a burst as large as the rate, then refuses with the whole seconds to wait', () => {
    const limiter = new QuotaLimiter({ offres: 3 }, clock);
    const decisions = [1, 2, 3, 4].map(() => limiter.take('app', 'offres'));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
    const refused = decisions[3];
    expect(refused.allowed === false && refused.retryAfterSeconds).toBe(1);
  });

  it('refills continuously at the rate', () => {
    const limiter = new QuotaLimiter({ offres: 2 }, clock);
    limiter.take('app', 'offres');
    limiter.take('app', 'offres');
    expect(limiter.take('app', 'offres').allowed).toBe(false);
    now += 499;
    expect(limiter.take('app', 'offres').allowed).toBe(false);
    now += 2;
    expect(limiter.take('app', 'offres').allowed).toBe(true);
  });

  it('rounds Retry-After up to whole seconds for slow rates', () => {
    const limiter = new QuotaLimiter({ marche: 0.25 }, clock);
    expect(limiter.take('app', 'marche').allowed).toBe(true);
    const decision = limiter.take('app', 'marche');
    expect(decision.allowed === false && decision.retryAfterSeconds).toBe(4);
  });

  it('keeps separate buckets per client and per API, with the documented defaults', () => {
    const limiter = new QuotaLimiter({}, clock);
    expect(limiter.rate('offres')).toBe(10);
    expect(limiter.rate('rome-metiers')).toBe(1);
    expect(limiter.rate('rome-contextes-travail')).toBe(1);
    expect(limiter.rate('marche')).toBe(10);
    expect(limiter.take('a', 'rome-metiers').allowed).toBe(true);
    expect(limiter.take('a', 'rome-metiers').allowed).toBe(false);
    expect(limiter.take('b', 'rome-metiers').allowed).toBe(true);
    expect(limiter.take('a', 'rome-competences').allowed).toBe(true);
  });

  it('turns limiting off for a rate of 0', () => {
    const limiter = new QuotaLimiter({ offres: 0 }, clock);
    for (let i = 0; i < 50; i++) expect(limiter.take('app', 'offres').allowed).toBe(true);
  });

  it('starts a fresh bucket when the rate changes', () => {
    const limiter = new QuotaLimiter({ offres: 1 }, clock);
    limiter.take('app', 'offres');
    expect(limiter.take('app', 'offres').allowed).toBe(false);
    limiter.setRate('offres', 5);
    expect(limiter.take('app', 'offres').allowed).toBe(true);
  });
});
