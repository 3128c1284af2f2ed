import { GraphQLError } from 'graphql';
import {
  assertAppellationCode,
  assertIntInRange,
  assertOfferId,
  assertRomeCode,
} from '../../../src/graph/shared/validation';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions : error;
  }
  return 'accepted';
}

describe('argument validation', () => {
  test('ROME codes: a letter A–N and four digits, canonicalised', () => {
    expect(assertRomeCode(' m1805 ', 'code')).toBe('M1805');
    expect(codeOf(() => assertRomeCode('Z1805', 'code'))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'code' });
    expect(codeOf(() => assertRomeCode('M180', 'occupation'))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'occupation',
    });
  });

  test('appellation codes: 5 or 6 digits', () => {
    expect(assertAppellationCode('38976', 'code')).toBe('38976');
    expect(assertAppellationCode('404278', 'code')).toBe('404278');
    expect(codeOf(() => assertAppellationCode('4042780', 'code'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(codeOf(() => assertAppellationCode('M1805', 'code'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  test('offer ids: 7 letters or digits, canonicalised', () => {
    expect(assertOfferId('209wnpd', 'id')).toBe('209WNPD');
    expect(codeOf(() => assertOfferId('209-NPD', 'id'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  test('integers within bounds, bounds included', () => {
    expect(assertIntInRange(0, 0, 200, 'distanceKm')).toBe(0);
    expect(assertIntInRange(200, 0, 200, 'distanceKm')).toBe(200);
    expect(codeOf(() => assertIntInRange(201, 0, 200, 'distanceKm'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(codeOf(() => assertIntInRange(1.5, 0, 200, 'distanceKm'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
