import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createGraphContext, type GraphContext, JOB_SEEKER_TOKEN_HEADER, jobSeekerTokenFrom } from '../../src/graph';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { createApolloGateway } from '../../src/federation';
import { travailGraphSubgraphs } from '../../src/server/graph-server';
import { formatError } from '../../src/server/plugins/format-error';
import { DEFAULT_QUOTAS, type Upstream } from '../../src/upstream';
import { postAsJobSeeker } from '../support/job-seeker';
import { operation } from '../support/operations';
import { configFor, UpstreamPool } from '../upstream/support/sandbox';

const MY_SOUGHT_JOBS = operation('my-sought-jobs');

describe('subgraphs as separate HTTP servers behind @apollo/gateway', () => {
  const pool = new UpstreamPool();
  const servers: ApolloServer<GraphContext>[] = [];
  /** Per subgraph: the job-seeker header values it received. */
  const tokensSeen = new Map<string, unknown[]>();
  let sandbox: Sandbox;
  let gatewayUrl: string;
  const subgraphUrls: Record<string, string> = {};

  const serve = async (server: ApolloServer<GraphContext>, upstream: Upstream, subgraph?: string) => {
    servers.push(server);
    const { url } = await startStandaloneServer(server, {
      listen: { host: '127.0.0.1', port: 0 },
      context: async ({ req }) => {
        if (subgraph) tokensSeen.get(subgraph)!.push(req.headers[JOB_SEEKER_TOKEN_HEADER]);
        return createGraphContext(upstream, { jobSeekerToken: jobSeekerTokenFrom(req.headers) });
      },
    });
    return url;
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: { 'metiers-recherches': 0, 'rome-metiers': 0, 'rome-fiches-metiers': 0 } });
    const upstream = await pool.open(
      configFor(sandbox, {
        quotas: { ...DEFAULT_QUOTAS, 'metiers-recherches': 100, 'rome-metiers': 100, 'rome-fiches-metiers': 100 },
      }),
    );
    const subgraphs = travailGraphSubgraphs();
    const urls = subgraphUrls;
    for (const subgraph of subgraphs) {
      tokensSeen.set(subgraph.name, []);
      urls[subgraph.name] = await serve(
        new ApolloServer<GraphContext>({
          schema: subgraph.schema,
          formatError,
          plugins: [ApolloServerPluginInlineTraceDisabled()],
        }),
        upstream,
        subgraph.name,
      );
    }
    gatewayUrl = await serve(
      new ApolloServer<GraphContext>({
        gateway: createApolloGateway(subgraphs, { urls, forwardedHeaders: { jobseeker: [JOB_SEEKER_TOKEN_HEADER] } }),
        formatError,
      }),
      upstream,
    );
  });
  afterAll(async () => {
    for (const server of servers.reverse()) await server.stop();
    await pool.closeAll();
    await sandbox.close();
  });

  it('answers me across four subgraphs, and only the jobseeker subgraph ever receives the token', async () => {
    const answer = await postAsJobSeeker(gatewayUrl, 'sandbox-jobseeker-alice', MY_SOUGHT_JOBS);
    expect(answer.errors).toBeUndefined();
    const [developer] = answer.data.me.soughtJobs;
    expect(developer.matchingOffers.totalCount).toBeGreaterThan(0);
    expect(developer.tension.territory.id).toBe('DEPARTEMENT:35');
    expect(developer.occupation.competences.length).toBeGreaterThan(0);

    expect(tokensSeen.get('jobseeker')).toEqual(['sandbox-jobseeker-alice']);
    for (const subgraph of ['offers', 'rome', 'market']) {
      expect(tokensSeen.get(subgraph)!.length).toBeGreaterThan(0);
      expect(tokensSeen.get(subgraph)!.filter((token) => token !== undefined)).toEqual([]);
    }
  });

  it('reports UNAUTHENTICATED on me alone without a token', async () => {
    const answer = await postAsJobSeeker(
      gatewayUrl,
      undefined,
      '{ me { soughtJobs { id } } territory(type: REGION, code: "53") { name } }',
    );
    expect(answer.data).toEqual({ me: null, territory: { name: 'Bretagne' } });
    expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['me'], 'UNAUTHENTICATED']]);
  });

  it("resolves a SoughtJob key among the requesting job seeker's own sought jobs only", async () => {
    const entities = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on SoughtJob { id appellationLabel } }
    }`;
    const variables = { representations: [{ __typename: 'SoughtJob', id: '1:14153' }] };
    const alice = await postAsJobSeeker(subgraphUrls.jobseeker, 'sandbox-jobseeker-alice', entities, variables);
    expect(alice.data._entities).toEqual([
      { id: '1:14153', appellationLabel: 'Développeur / Développeuse informatique' },
    ]);
    const bob = await postAsJobSeeker(subgraphUrls.jobseeker, 'sandbox-jobseeker-bob', entities, variables);
    expect(bob.data._entities).toEqual([null]);
  });
});
