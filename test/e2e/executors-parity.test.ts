import type { RunningServer } from '../../src/server/app';
import { composeSupergraph } from '../../src/federation';
import { travailGraphSubgraphs } from '../../src/server/graph-server';
import { postQuery, startTestServer, type GraphResponse } from '../support/graph-server';
import { operation } from '../support/operations';

/** What both executors must agree on: the data, and each error's message, path and code. */
function comparable(answer: GraphResponse) {
  const errors = (answer.errors ?? []).map((error) => ({
    message: error.message,
    path: error.path,
    code: error.extensions?.code,
  }));
  errors.sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
  return { data: answer.data, errors, extensions: answer.extensions };
}

const cases: [string, string, Record<string, unknown> | undefined][] = [
  ['jobs near me', operation('jobs-near-me'), { departement: '35', romeCodes: ['M1805', 'M1811'], first: 150 }],
  [
    'occupation overview',
    operation('occupation-overview'),
    { code: 'M1805', territory: { type: 'DEPARTEMENT', code: '35' } },
  ],
  ['region overview', operation('region-overview'), { code: '53', occupation: 'M1805' }],
  [
    'not found and bad input side by side',
    '{ occupation(code: "A9999") { label } territory(type: REGION, code: "84") { name } offer(id: "ZZZ9999") { id } }',
    undefined,
  ],
  [
    'appellation with tension via @requires',
    '{ appellation(code: "404278") { label occupation { label } competences { kind } tension(territory: { type: NATION, code: "FR" }) { level } } }',
    undefined,
  ],
  [
    "an appellation's offers, contributed by the offers subgraph",
    '{ appellation(code: "38444") { label offers(first: 3) { totalCount edges { cursor node { id title contract { type } } } pageInfo { hasNextPage } } } }',
    undefined,
  ],
];

describe('the published subgraphs and the in-process fast path agree', () => {
  let merged: RunningServer;
  let gateway: RunningServer;

  beforeAll(async () => {
    [merged, gateway] = await Promise.all([startTestServer(), startTestServer({ GRAPH_EXECUTION: 'gateway' })]);
  });
  afterAll(async () => {
    await Promise.all([merged?.stop(), gateway?.stop()]);
  });

  test('the supergraph composes without errors or hints', () => {
    expect(composeSupergraph(travailGraphSubgraphs()).hints).toEqual([]);
  });

  test.each(cases)('%s: merged executor = @apollo/gateway', async (_name, query, variables) => {
    const [fast, reference] = await Promise.all([
      postQuery(merged.url, query, variables),
      postQuery(gateway.url, query, variables),
    ]);
    expect(comparable(fast)).toEqual(comparable(reference));
    expect(fast.data).toBeTruthy();
  });
});
