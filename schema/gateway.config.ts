import { defineConfig } from '@graphql-hive/gateway';

/**
 * Hive Gateway over travail-graph's subgraph processes (`npm run subgraph -- <name>`, one per subgraph):
 *   npx hive-gateway supergraph schema/supergraph.graphql --config-path schema/gateway.config.ts
 * The supergraph already routes each subgraph where `npm run subgraph` listens by default; SUBGRAPH_URLS
 * (`offers=http://…,rome=http://…`) routes the named ones elsewhere.
 */
const urls = (process.env.SUBGRAPH_URLS ?? '')
  .split(',')
  .filter((pair) => pair.includes('='))
  .map((pair) => pair.split('=').map((part) => part.trim()));

export const gatewayConfig = defineConfig({
  transportEntries: Object.fromEntries(urls.map(([name, location]) => [name, { location }])),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request, subgraphName }) => {
      const headers: Record<string, string> = {};
      const requestId = request.headers.get('x-request-id');
      if (requestId) headers['x-request-id'] = requestId;
      // A job seeker's France Travail Connect token goes to the subgraph that calls Métiers recherchés, and only there.
      const jobSeekerToken = request.headers.get('x-job-seeker-token');
      if (jobSeekerToken && subgraphName === 'jobseeker') headers['x-job-seeker-token'] = jobSeekerToken;
      return headers;
    },
  },
});
