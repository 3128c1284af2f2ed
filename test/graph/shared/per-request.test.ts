import { closedEnum } from '../../../src/graph/shared/closed-enum';
import { memoizedOn, perRequest } from '../../../src/graph/shared/per-request';

describe('memoizedOn / perRequest', () => {
  test('one value per key object, built on first use', () => {
    let built = 0;
    const loadersOf = perRequest((context: { id: number }) => ({ id: context.id, serial: ++built }));
    const first = { id: 1 };
    const second = { id: 2 };
    expect(built).toBe(0);
    expect(loadersOf(first)).toBe(loadersOf(first));
    expect(loadersOf(second).id).toBe(2);
    expect(built).toBe(2);
  });

  test('perRequest is memoizedOn keyed on the context', () => {
    expect(perRequest).toBe(memoizedOn);
  });
});

describe('closedEnum', () => {
  test('builds the enum object GraphQL registers from a list of values', () => {
    const methods = closedEnum(['EXACT', 'NORMALIZED'] as const);
    expect(methods).toEqual({ EXACT: 'EXACT', NORMALIZED: 'NORMALIZED' });
    expect(Object.isFrozen(methods)).toBe(true);
  });
});
