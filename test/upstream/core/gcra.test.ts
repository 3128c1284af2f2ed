import { burstFor, pauseUntil, reserveSlot, type GcraState } from '../../../src/upstream/core/gcra';

const empty: GcraState = { tat: -Infinity, pausedUntil: -Infinity };

function reserveMany(count: number, now: number, rate: number, state = empty) {
  const waits: number[] = [];
  for (let i = 0; i < count; i++) {
    const { reservation, next } = reserveSlot(state, now, { ratePerSecond: rate, burst: burstFor(rate) }, Infinity);
    waits.push(reservation.waitMs);
    state = next;
  }
  return { waits, state };
}

describe('GCRA token bucket', () => {
  it('lets a full bucket through at once, then spaces callers one interval apart', () => {
    const rate = 4;
    const { waits } = reserveMany(7, 1000, rate);
    const interval = 1000 / rate;
    expect(waits.slice(0, burstFor(rate))).toEqual([0, 0, 0, 0]);
    expect(waits.slice(burstFor(rate))).toEqual([interval, 2 * interval, 3 * interval]);
  });

  it('refills at the quota rate', () => {
    const rate = 2;
    const { state } = reserveMany(burstFor(rate), 0, rate);
    const interval = 1000 / rate;
    const later = reserveSlot(state, interval, { ratePerSecond: rate, burst: burstFor(rate) }, Infinity);
    expect(later.reservation.waitMs).toBe(0);
  });

  it('a fractional quota keeps a bucket of one and a longer interval', () => {
    expect(burstFor(0.5)).toBe(1);
    const { waits } = reserveMany(3, 0, 0.5);
    expect(waits).toEqual([0, 2000, 4000]);
  });

  it('refuses without reserving when the wait would exceed the caller budget', () => {
    const rate = 1;
    const { state } = reserveMany(1, 0, rate);
    const refused = reserveSlot(state, 0, { ratePerSecond: rate, burst: 1 }, 999);
    expect(refused.reservation).toEqual({ granted: false, waitMs: 1000 });
    expect(refused.next).toBe(state);
    const accepted = reserveSlot(state, 0, { ratePerSecond: rate, burst: 1 }, 1000);
    expect(accepted.reservation).toEqual({ granted: true, waitMs: 1000 });
  });

  it('holds every caller until a pause ends, then resumes one interval apart', () => {
    const rate = 4;
    const params = { ratePerSecond: rate, burst: burstFor(rate) };
    const paused = pauseUntil(empty, 5000, params);
    const { waits } = reserveMany(3, 1000, rate, paused);
    expect(waits).toEqual([4000, 4000 + 1000 / rate, 4000 + 2000 / rate]);
  });

  it('a pause never shortens an earlier, longer one', () => {
    const params = { ratePerSecond: 1, burst: 1 };
    expect(pauseUntil(pauseUntil(empty, 9000, params), 3000, params).pausedUntil).toBe(9000);
  });
});
