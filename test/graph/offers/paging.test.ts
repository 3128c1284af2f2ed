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
    expect(decodeCursor(encodeCursor(149))).toBe(149);
    expect(encodeCursor(0)).not.toContain('0:');
    expect(extensionsOf(() => decodeCursor('bm9wZQ'))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });

  test('the first page starts at 0; the next starts after the cursor', () => {
    expect(pageRequest(20, null)).toEqual({ offset: 0, first: 20 });
    expect(pageRequest(20, encodeCursor(19))).toEqual({ offset: 20, first: 20 });
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
    expect(extensionsOf(() => pageRequest(first, after))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  test('nothing past France Travail’s last position (3 149) can be asked', () => {
    expect(pageRequest(150, encodeCursor(2999))).toEqual({ offset: 3000, first: 150 });
    expect(upstreamRange(pageRequest(150, encodeCursor(2999)))).toEqual({ start: 3000, end: 3149 });
    expect(extensionsOf(() => pageRequest(150, encodeCursor(3000)))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(extensionsOf(() => pageRequest(10, encodeCursor(3145)))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
