import { isoTimestamp } from '../../src/server/observability/iso-timestamp';

const timeOf = (field: string) => (JSON.parse(`{${field.slice(1)}}`) as { time: string }).time;

describe('isoTimestamp', () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ['2026-12-05T04:12:33.000Z'],
    ['2026-12-05T04:12:33.007Z'],
    ['2026-12-05T04:12:33.045Z'],
    ['2026-12-05T04:12:33.999Z'],
    ['1999-12-31T23:59:59.500Z'],
  ])('writes %s as toISOString does', (iso) => {
    jest.useFakeTimers({ now: new Date(iso) });
    expect(timeOf(isoTimestamp())).toBe(iso);
  });

  it('moves on to the next second rather than keeping the formatted one', () => {
    jest.useFakeTimers({ now: new Date('2026-12-05T04:12:33.998Z') });
    expect(timeOf(isoTimestamp())).toBe('2026-12-05T04:12:33.998Z');
    jest.setSystemTime(new Date('2026-12-05T04:12:34.001Z'));
    expect(timeOf(isoTimestamp())).toBe('2026-12-05T04:12:34.001Z');
    jest.setSystemTime(new Date('2027-01-01T00:00:00.010Z'));
    expect(timeOf(isoTimestamp())).toBe('2027-01-01T00:00:00.010Z');
  });
});
