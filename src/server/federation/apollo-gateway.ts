import {
  ApolloGateway,
  LocalGraphQLDataSource,
  RemoteGraphQLDataSource,
  type GatewayConfig,
  type GraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { JOB_SEEKER_TOKEN_HEADER } from '../../graph/jobseeker/job-seeker-token';
import type { BuiltSubgraph } from './build-subgraph';
import { composeSupergraph } from './compose-supergraph';

export const REQUEST_ID_HEADER = 'x-request-id';
const JOBSEEKER_SUBGRAPH = 'jobseeker';

export interface ApolloGatewayOptions {
  /** Where each subgraph listens. */
  readonly urls?: Readonly<Record<string, string>>;
  /**
   * Every subgraph runs in this process (the default without `urls`) and receives the gateway's
   * request context object itself, so one request shares one set of loaders.
   */
  readonly local?: boolean;
  /** Incoming header copied onto every subgraph request so logs of one request line up. */
  readonly requestIdHeader?: string;
  readonly logger?: GatewayConfig['logger'];
}

/** The reference federation gateway over our subgraphs, on a statically composed supergraph. */
export function createApolloGateway(
  subgraphs: readonly BuiltSubgraph[],
  options: ApolloGatewayOptions = {},
): ApolloGateway {
  const { urls } = options;
  if (urls && options.local) throw new Error('A gateway runs its subgraphs either locally or at URLs, not both');
  if (urls) {
    const missing = subgraphs.filter((subgraph) => !urls[subgraph.name]).map((subgraph) => subgraph.name);
    if (missing.length > 0) throw new Error(`No URL given for subgraph(s): ${missing.join(', ')}`);
  }
  // In process the URLs are never dialled, but the gateway insists every subgraph has one.
  const routingUrls =
    urls ?? Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, `in-process://${subgraph.name}`]));
  const { supergraphSdl } = composeSupergraph(subgraphs, { urls: routingUrls });
  const byName = new Map(subgraphs.map((subgraph) => [subgraph.name, subgraph]));
  const requestIdHeader = options.requestIdHeader ?? REQUEST_ID_HEADER;
  return new ApolloGateway({
    supergraphSdl,
    logger: options.logger,
    buildService: ({ name }): GraphQLDataSource => {
      if (urls) return remoteDataSource(urls[name], requestIdHeader, forwardedHeadersOf(name));
      const subgraph = byName.get(name);
      if (!subgraph) throw new Error(`The supergraph names a subgraph ${name} that was not built`);
      return new InProcessDataSource(subgraph.schema);
    },
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

/** The job seeker's token goes to the one subgraph that calls Métiers recherchés, and to no other. */
function forwardedHeadersOf(subgraph: string): string[] {
  return subgraph === JOBSEEKER_SUBGRAPH ? [JOB_SEEKER_TOKEN_HEADER] : [];
}

function remoteDataSource(url: string, requestIdHeader: string, forwarded: readonly string[]): GraphQLDataSource {
  return new RemoteGraphQLDataSource({
    url,
    willSendRequest(options) {
      if (!('incomingRequestContext' in options)) return;
      const incoming = options.incomingRequestContext.request.http?.headers;
      for (const name of [requestIdHeader, ...forwarded]) {
        const value = incoming?.get(name);
        if (value) options.request.http?.headers.set(name, value);
      }
    },
  });
}
