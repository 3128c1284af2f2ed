import { parseContentRange } from '../../../src/upstream/offres/content-range';

describe('Content-Range of offres/search', () => {
  it('reads the window and the total', () => {
    expect(parseContentRange('offres 0-149/716799')).toEqual({ start: 0, end: 149, total: 716799 });
    expect(parseContentRange('offres 150-159/160')).toEqual({ start: 150, end: 159, total: 160 });
  });

  it('reads the windowless form sent with 204', () => {
    expect(parseContentRange('*/0')).toEqual({ start: -1, end: -1, total: 0 });
    expect(parseContentRange('offres */0')).toEqual({ start: -1, end: -1, total: 0 });
  });

  it('ignores absent or malformed headers', () => {
    expect(parseContentRange(undefined)).toBeUndefined();
    expect(parseContentRange('')).toBeUndefined();
    expect(parseContentRange('offres 0-149')).toBeUndefined();
    expect(parseContentRange('offres a-b/c')).toBeUndefined();
  });
});
