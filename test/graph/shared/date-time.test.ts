import { utcInstant } from '../../../src/graph/shared/date-time';

describe('utcInstant', () => {
  test('reads offsets and milliseconds as given', () => {
    expect(utcInstant('2024-05-02T08:15:42Z')?.toISOString()).toBe('2024-05-02T08:15:42.000Z');
    expect(utcInstant('2024-05-02T08:15:42.123Z')?.toISOString()).toBe('2024-05-02T08:15:42.123Z');
    expect(utcInstant('2024-05-02T10:15:42+02:00')?.toISOString()).toBe('2024-05-02T08:15:42.000Z');
  });

  test('a time without offset is UTC, whatever the server’s time zone', () => {
    expect(utcInstant('2026-11-15T06:00:00')?.toISOString()).toBe('2026-11-15T06:00:00.000Z');
    expect(utcInstant('2026-11-15T06:00:00.5')?.toISOString()).toBe('2026-11-15T06:00:00.500Z');
  });

  test('absent or unreadable is null, never an Invalid Date', () => {
    expect(utcInstant(undefined)).toBeNull();
    expect(utcInstant(null)).toBeNull();
    expect(utcInstant('')).toBeNull();
    expect(utcInstant('yesterday')).toBeNull();
  });
});
