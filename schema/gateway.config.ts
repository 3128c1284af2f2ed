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
    fromClientToSubgraphs: ({ request }) => {
      const requestId = request.headers.get('x-request-id');
      return requestId ? { 'x-request-id': requestId } : {};
    },
  },
});
