import { type RequestLine, serialiseRequestLine } from '../../src/server/observability/request-line';

const base: RequestLine = {
  event: 'request',
  requestId: '5b1e0c9e-4f7a-4a43-9f0e-2b7c1d9a8e11',
  method: 'POST',
  status: 200,
  operationName: 'JobsNearMe',
  operationHash: 'a3f5c0e2',
  outcome: 'success',
  durationMs: 3,
  upstreamCalls: {},
  cache: { process: 3, shared: 0, miss: 0, coalesced: 0 },
  quotaWaitMs: 0,
};

/** The line as the server builds it, its fields in the order of the log line (as request-line.ts writes them). */
function inLineOrder(line: RequestLine): RequestLine {
  return {
    event: line.event,
    requestId: line.requestId,
    method: line.method,
    status: line.status,
    aborted: line.aborted,
    operationName: line.operationName,
    operationHash: line.operationHash,
    outcome: line.outcome,
    durationMs: line.durationMs,
    upstreamCalls: line.upstreamCalls,
    upstreamRetries: line.upstreamRetries,
    cache: line.cache,
    quotaWaitMs: line.quotaWaitMs,
    errors: line.errors,
  };
}

describe('serialiseRequestLine', () => {
  const cases: [string, RequestLine][] = [
    ['a warm success', base],
    [
      'a partial answer after upstream calls and retries',
      {
        ...base,
        outcome: 'partial',
        upstreamCalls: { offres: 2, 'rome-metiers': 1 },
        upstreamRetries: 1,
        cache: { process: 1, shared: 2, miss: 3, coalesced: 1 },
        quotaWaitMs: 120,
        errors: { UPSTREAM_UNAVAILABLE: 1, NOT_FOUND: 2 },
      },
    ],
    [
      'an aborted GET without operation',
      {
        ...base,
        method: 'GET',
        status: 400,
        aborted: true,
        operationName: undefined,
        operationHash: undefined,
        outcome: undefined,
      },
    ],
    [
      'names a client chose, with characters JSON escapes',
      {
        ...base,
        requestId: 'id"with\\quotes',
        operationName: 'Op "quoted"\n\u2028é',
        errors: { 'CODE"1': 1 },
      },
    ],
    ['a method Node did not parse', { ...base, method: undefined, durationMs: Number.NaN }],
  ];

  it.each(cases)('writes %s exactly as JSON.stringify does', (_name, line) => {
    const written = serialiseRequestLine(line);
    expect(written).toBe(JSON.stringify(inLineOrder(line)).slice(1, -1));
    expect(JSON.parse(`{${written}}`)).toEqual(JSON.parse(JSON.stringify(line)));
  });

  it('skips counts left undefined, as JSON.stringify does', () => {
    const line = { ...base, upstreamCalls: { offres: undefined, marche: 2 } };
    expect(serialiseRequestLine(line)).toBe(JSON.stringify(inLineOrder(line)).slice(1, -1));
  });
});
