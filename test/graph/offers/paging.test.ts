import { decodeCursor, encodeCursor, pageRequest, upstreamRange } from '../../../src/graph/offers/paging';

function extensionsOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: unknown }).extensions;
  }
  return 'accepted';
}

describe('offer paging', () => {
  test('cursors round-trip and are opaque', () => {
    expect(decodeCursor(encodeCursor(149), 'after')).toBe(149);
    expect(encodeCursor(0)).not.toContain('0:');
    expect(extensionsOf(() => decodeCursor('bm9wZQ', 'after'))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
    });
  });

  test('the first page starts at 0; the next starts after the cursor', () => {
    expect(pageRequest({ first: 20, after: null })).toEqual({ offset: 0, first: 20 });
    expect(pageRequest({ first: 20, after: encodeCursor(19) })).toEqual({ offset: 20, first: 20 });
  });

  test('a zero-size page still asks for one offer, to learn the total', () => {
    expect(upstreamRange({ offset: 0, first: 0 })).toEqual({ start: 0, end: 0 });
    expect(upstreamRange({ offset: 150, first: 150 })).toEqual({ start: 150, end: 299 });
  });

  test.each([
    [151, null],
    [-1, null],
    [1.5, null],
  ])('first=%s is refused', (first, after) => {
    expect(extensionsOf(() => pageRequest({ first: first, after: after }))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
  });

  test('nothing past France Travail’s last position (3 149) can be asked', () => {
    expect(pageRequest({ first: 150, after: encodeCursor(2999) })).toEqual({ offset: 3000, first: 150 });
    expect(upstreamRange(pageRequest({ first: 150, after: encodeCursor(2999) }))).toEqual({ start: 3000, end: 3149 });
    expect(extensionsOf(() => pageRequest({ first: 150, after: encodeCursor(3000) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(extensionsOf(() => pageRequest({ first: 10, after: encodeCursor(3145) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  test('backward: the window just before a cursor, clipped at the start', () => {
    expect(pageRequest({ first: 20, before: encodeCursor(40), last: 10 })).toEqual({ offset: 30, first: 10 });
    expect(pageRequest({ first: 20, before: encodeCursor(4), last: 10 })).toEqual({ offset: 0, first: 4 });
    expect(pageRequest({ first: 20, before: encodeCursor(40) })).toEqual({ offset: 20, first: 20 });
    expect(extensionsOf(() => pageRequest({ first: 20, last: 10 }))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'last',
    });
    expect(extensionsOf(() => pageRequest({ first: 20, before: encodeCursor(40), last: 151 }))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'last',
    });
    expect(
      extensionsOf(() => pageRequest({ first: 20, after: encodeCursor(1), before: encodeCursor(40) })),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
