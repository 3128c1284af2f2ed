import {
  ApolloGateway,
  GraphQLDataSourceRequestKind,
  LocalGraphQLDataSource,
  RemoteGraphQLDataSource,
  type GatewayConfig,
  type GraphQLDataSource,
} from '@apollo/gateway';
import type { BuiltSubgraph } from './build-subgraph';
import { composeSupergraph } from './compose-supergraph';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface ApolloGatewayOptions {
  /**
   * Where each subgraph listens. Without it every subgraph runs in this process and receives the
   * gateway's request context object itself, so one request shares one set of loaders.
   */
  readonly urls?: Readonly<Record<string, string>>;
  /** Incoming header copied onto every subgraph request so logs of one request line up. */
  readonly requestIdHeader?: string;
  readonly logger?: GatewayConfig['logger'];
}

/** The reference federation gateway over our subgraphs, on a statically composed supergraph. */
export function createApolloGateway(subgraphs: readonly BuiltSubgraph[], options: ApolloGatewayOptions = {}): ApolloGateway {
  const { urls } = options;
  if (urls) {
    const missing = subgraphs.filter((subgraph) => !urls[subgraph.name]).map((subgraph) => subgraph.name);
    if (missing.length > 0) throw new Error(`No URL given for subgraph(s): ${missing.join(', ')}`);
  }
  const { supergraphSdl } = composeSupergraph(subgraphs, { urls });
  const byName = new Map(subgraphs.map((subgraph) => [subgraph.name, subgraph]));
  const requestIdHeader = options.requestIdHeader ?? REQUEST_ID_HEADER;
  return new ApolloGateway({
    supergraphSdl,
    logger: options.logger,
    buildService: ({ name }): GraphQLDataSource => {
      if (urls) return remoteDataSource(urls[name], requestIdHeader);
      const subgraph = byName.get(name);
      if (!subgraph) throw new Error(`The supergraph names a subgraph ${name} that was not built`);
      return new LocalGraphQLDataSource(subgraph.schema);
    },
  });
}

function remoteDataSource(url: string, requestIdHeader: string): GraphQLDataSource {
  return new RemoteGraphQLDataSource({
    url,
    willSendRequest(options) {
      if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return;
      const requestId = options.incomingRequestContext.request.http?.headers.get(requestIdHeader);
      if (requestId) options.request.http?.headers.set(requestIdHeader, requestId);
    },
  });
}
