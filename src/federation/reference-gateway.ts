import type { ApolloGateway } from '@apollo/gateway';
import type { BuiltSubgraph } from './build-subgraph';
import type { ApolloGatewayOptions } from './gateway-options';

/**
 * `createApolloGateway`, loaded when first called: @apollo/gateway and its query planner weigh ≈ 30 MB resident, which
 * a server in the default merged mode never uses.
 */
export function createApolloGateway(
  subgraphs: readonly BuiltSubgraph[],
  options?: ApolloGatewayOptions,
): ApolloGateway {
  const gateway = require('./apollo-gateway') as typeof import('./apollo-gateway');
  return gateway.createApolloGateway(subgraphs, options);
}
