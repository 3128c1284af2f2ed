import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createGraphContext, type GraphContext } from '../graph';
import { createUpstream } from '../upstream';
import { loadConfig } from './config';
import { travailGraphSubgraphs } from './graph-server';
import { appellationDiagnosticsPlugin } from './plugins/appellation-diagnostics';
import { formatError } from './plugins/format-error';
import { defaultSubgraphPort } from './subgraph-routing';

/**
 * Runs one subgraph as its own process, for Apollo Router, Hive Gateway or `SUBGRAPH_URLS`.
 * Usage: `npm run subgraph -- <offers|rome|market>`; PORT defaults to where schema/supergraph.graphql routes it
 * (4001 for the first subgraph of src/graph/index.ts, 4002 for the second…). It talks to France Travail
 * (or a standalone sandbox) through FT_CLIENT_ID / FT_CLIENT_SECRET / FT_API_BASE_URL / FT_TOKEN_URL.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const names = travailGraphSubgraphs().map((candidate) => candidate.name);
  const subgraph = travailGraphSubgraphs().find((candidate) => candidate.name === name);
  if (!subgraph)
    throw new Error(
      `Unknown subgraph "${name ?? ''}"; expected one of ${travailGraphSubgraphs()
        .map((s) => s.name)
        .join(', ')}.`,
    );
  const config = loadConfig({ PORT: String(defaultSubgraphPort(names, subgraph.name)), ...process.env });
  const { endpoints, credentials, ...rest } = config.upstream;
  if (!endpoints || !credentials) {
    throw new Error(
      'A subgraph process needs FT_CLIENT_ID and FT_CLIENT_SECRET (and FT_API_BASE_URL / FT_TOKEN_URL to use a standalone sandbox: `npm run sandbox`).',
    );
  }
  const upstream = await createUpstream({ ...rest, endpoints, credentials });
  const server = new ApolloServer<GraphContext>({
    schema: subgraph.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginCacheControlDisabled(), appellationDiagnosticsPlugin],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: config.port, host: config.host },
    context: async () => createGraphContext(upstream),
  });
  console.log(`travail-graph subgraph "${name}" ready at ${url}`);
}

main().catch((error: unknown) => {
  console.error(`subgraph failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
