export const REQUEST_ID_HEADER = 'x-request-id';

export interface ApolloGatewayOptions {
  /** Where each subgraph listens; without, every subgraph runs in this process and gets the gateway's context. */
  readonly urls?: Readonly<Record<string, string>>;
  /** Request headers forwarded to one subgraph only, by subgraph name (a user's token to the subgraph that needs it). */
  readonly forwardedHeaders?: Readonly<Record<string, readonly string[]>>;
}
