import {
  ApolloGateway,
  LocalGraphQLDataSource,
  RemoteGraphQLDataSource,
  type GraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { context, propagation } from '@opentelemetry/api';
import type { BuiltSubgraph } from './build-subgraph';
import { composeSupergraph } from './compose';
import { type ApolloGatewayOptions, REQUEST_ID_HEADER } from './gateway-options';

/**
 * The reference federation gateway over our subgraphs, on a statically composed supergraph. In process, one request's
 * context object reaches every subgraph, so it shares one set of loaders; over HTTP, `x-request-id` is forwarded so
 * that the logs of one request line up, and the current trace context (W3C `traceparent`, when tracing is on) so
 * that the subgraph's spans join the gateway's trace.
 */
export function createApolloGateway(
  subgraphs: readonly BuiltSubgraph[],
  { urls, forwardedHeaders = {} }: ApolloGatewayOptions = {},
): ApolloGateway {
  const missing = urls ? subgraphs.filter((subgraph) => !urls[subgraph.name]).map((subgraph) => subgraph.name) : [];
  if (missing.length > 0) throw new Error(`No URL given for subgraph(s): ${missing.join(', ')}`);
  // In process the URLs are never dialled, but the gateway insists every subgraph has one.
  const routingUrls = urls ?? Object.fromEntries(subgraphs.map(({ name }) => [name, `in-process://${name}`]));
  const byName = new Map(subgraphs.map((subgraph) => [subgraph.name, subgraph]));
  return new ApolloGateway({
    supergraphSdl: composeSupergraph(subgraphs, routingUrls).supergraphSdl,
    buildService: ({ name, url }): GraphQLDataSource =>
      urls
        ? remoteDataSource(url as string, forwardedHeaders[name] ?? [])
        : new InProcessDataSource((byName.get(name) as BuiltSubgraph).schema),
  });
}

/**
 * A subgraph executed in this process, answering as the same subgraph behind Apollo Server
 * would: an error thrown without a code reaches the gateway as INTERNAL_SERVER_ERROR.
 */
class InProcessDataSource extends LocalGraphQLDataSource {
  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayResponse> {
    const response = await super.process(options);
    if (!response.errors) return response;
    return { ...response, errors: response.errors.map(withDefaultCode) };
  }
}

type GatewayResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;
type FormattedError = NonNullable<GatewayResponse['errors']>[number];

function withDefaultCode(error: FormattedError): FormattedError {
  if (error.extensions?.code) return error;
  return {
    message: error.message,
    locations: error.locations,
    path: error.path,
    extensions: { ...error.extensions, code: 'INTERNAL_SERVER_ERROR' },
  };
}

function remoteDataSource(url: string, forwarded: readonly string[]): GraphQLDataSource {
  return new RemoteGraphQLDataSource({
    url,
    willSendRequest(options) {
      if (!('incomingRequestContext' in options)) return;
      const incoming = options.incomingRequestContext.request.http?.headers;
      for (const name of [REQUEST_ID_HEADER, ...forwarded]) {
        const value = incoming?.get(name);
        if (value) options.request.http?.headers.set(name, value);
      }
      const outgoing = options.request.http?.headers;
      if (outgoing)
        propagation.inject(context.active(), outgoing, { set: (headers, key, value) => headers.set(key, value) });
    },
  });
}
