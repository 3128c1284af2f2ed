import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { FranceTravailEndpoints } from '../../src/upstream/config';
import { FranceTravailRest } from './france-travail-rest';
import { resolvers } from './resolvers';
import { typeDefs } from './schema';

export interface NaiveBaselineOptions {
  /** 0 for a free port. */
  port: number;
  host?: string;
  endpoints: FranceTravailEndpoints;
  credentials: { clientId: string; clientSecret: string };
}

export interface NaiveBaseline {
  url: string;
  stop(): Promise<void>;
}

/**
 * The baseline the benchmark compares travail-graph with: one Apollo Server (graphql-js) over a hand-written SDL,
 * one France Travail call per field resolver, no DataLoader, no cache, no coalescing (see resolvers.ts).
 */
export async function startNaiveBaseline(options: NaiveBaselineOptions): Promise<NaiveBaseline> {
  const rest = new FranceTravailRest(trimmed(options.endpoints), options.credentials);
  const server = new ApolloServer<{ rest: FranceTravailRest }>({
    typeDefs,
    resolvers,
    includeStacktraceInErrorResponses: false,
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? '127.0.0.1' },
    context: async () => ({ rest }),
  });
  return {
    url,
    async stop() {
      rest.abort();
      await server.stop();
    },
  };
}

function trimmed(endpoints: FranceTravailEndpoints): FranceTravailEndpoints {
  const entries = Object.entries(endpoints).map(([key, value]) => [
    key,
    key === 'tokenUrl' ? value : value.replace(/\/+$/, ''),
  ]);
  return Object.fromEntries(entries) as FranceTravailEndpoints;
}
