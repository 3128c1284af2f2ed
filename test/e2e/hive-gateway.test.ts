import { existsSync } from 'node:fs';
import { ChildProcessGroup } from '../../bench/support/child-processes';
import { freePort } from '../../bench/support/free-port';
import { distScript, repoPath } from '../../bench/support/repo-paths';
import { startStandaloneSandbox } from '../../bench/load/standalone-sandbox';
import type { RunningServer } from '../../src/server/app';
import { travailGraphSubgraphs } from '../../src/server/graph-server';
import { postQuery, startTestServer, type GraphResponse } from '../support/graph-server';
import { operation } from '../support/operations';

/**
 * The published supergraph served by a router: the subgraphs as processes (`node dist/src/server/subgraph-main.js`),
 * Hive Gateway from its CLI with schema/gateway.config.ts, all reading one standalone sandbox, against the
 * in-process server reading the same sandbox. Needs `npm run build` (npm test builds first).
 */
const README_QUERIES: [string, string, Record<string, unknown>][] = [
  ['jobs near me', operation('jobs-near-me'), { departement: '35', romeCodes: ['M1805', 'M1811'], first: 150 }],
  [
    'occupation overview',
    operation('occupation-overview'),
    { code: 'M1805', territory: { type: 'DEPARTEMENT', code: '35' } },
  ],
  ['region overview', operation('region-overview'), { code: '53', occupation: 'M1805' }],
];

const errorsOf = (answer: GraphResponse) =>
  (answer.errors ?? []).map((error) => ({ message: error.message, path: error.path, code: error.extensions?.code }));

describe('Hive Gateway over the subgraph processes', () => {
  const group = new ChildProcessGroup();
  let gatewayUrl: string;
  let inProcess: RunningServer;

  beforeAll(async () => {
    if (!existsSync(distScript('src/server/subgraph-main.js'))) throw new Error('Run `npm run build` first');
    const sandbox = await startStandaloneSandbox(group);
    const urls: string[] = [];
    await Promise.all(
      travailGraphSubgraphs().map(async ({ name }) => {
        const port = await freePort();
        urls.push(`${name}=http://127.0.0.1:${port}/graphql`);
        await group.start({
          name: `subgraph ${name}`,
          args: [distScript('src/server/subgraph-main.js'), name],
          env: { ...sandbox.clientEnv, PORT: String(port), HOST: '127.0.0.1' },
          readyLine: /ready at/,
          timeoutMs: 150_000,
        });
      }),
    );
    const port = await freePort();
    gatewayUrl = `http://127.0.0.1:${port}/graphql`;
    await group.start({
      name: 'hive gateway',
      args: [
        repoPath('node_modules/@graphql-hive/gateway/dist/bin.js'),
        'supergraph',
        repoPath('schema/supergraph.graphql'),
        '--config-path',
        repoPath('schema/gateway.config.ts'),
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      env: { SUBGRAPH_URLS: urls.join(',') },
      readyProbe: async () =>
        (await postQuery(gatewayUrl, '{ __typename }').catch(() => ({ data: undefined }))).data !== undefined,
      timeoutMs: 150_000,
    });
    inProcess = await startTestServer(sandbox.clientEnv);
    // Cold first answers (whole ROME lists, compilation) can take long on a loaded machine: fill the caches first.
    for (const [, query, variables] of README_QUERIES) {
      await Promise.all(
        [gatewayUrl, inProcess.url].map((url) => postQuery(url, query, variables).catch(() => undefined)),
      );
    }
  }, 400_000);

  afterAll(async () => {
    await inProcess?.stop();
    await group.stopAll();
  });

  test.each(README_QUERIES)(
    '%s: the same data and errors as the in-process server',
    async (_name, query, variables) => {
      const [routed, local] = await Promise.all([
        postQuery(gatewayUrl, query, variables),
        postQuery(inProcess.url, query, variables),
      ]);
      expect(routed.data).toBeTruthy();
      expect(JSON.stringify(routed.data)).toBe(JSON.stringify(local.data));
      expect(errorsOf(routed)).toEqual(errorsOf(local));
    },
  );

  test('appellation diagnostics reach the client in the data, reason by reason', async () => {
    const [, query, variables] = README_QUERIES[0];
    const [routed, local] = await Promise.all([
      postQuery(gatewayUrl, query, variables),
      postQuery(inProcess.url, query, variables),
    ]);
    const unmatched: { offerId: string; reason: string }[] = local.extensions?.appellationMatching?.unmatched ?? [];
    expect(unmatched.length).toBeGreaterThan(0);
    const reasons = new Map(
      routed.data.offers.edges.map(({ node }: any) => [node.id, node.appellationMatch.reason] as const),
    );
    for (const { offerId, reason } of unmatched)
      expect({ offerId, reason: reasons.get(offerId) }).toEqual({ offerId, reason });
  });
});
