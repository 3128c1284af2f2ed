import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContext,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';

/** What one server feature does at two points of an operation's life, synchronously. */
export interface RequestHooks<TContext extends BaseContext> {
  /** May throw a GraphQLError to refuse the operation before it runs. */
  didResolveOperation?(requestContext: GraphQLRequestContextDidResolveOperation<TContext>): void;
  willSendResponse?(requestContext: GraphQLRequestContextWillSendResponse<TContext>): void;
}

/** Called as each request starts: the feature's hooks for that request, or nothing when it has no part in it. */
export type RequestFeature<TContext extends BaseContext> = (
  requestContext: GraphQLRequestContext<TContext>,
) => RequestHooks<TContext> | undefined;

/**
 * One Apollo plugin for all of the server's own per-request features, run in the order given. Apollo Server makes a
 * promise of every plugin's every hook on every request; with a plugin per feature that bookkeeping was a visible
 * part of a small query's CPU, where features written as plain functions share one promise per hook.
 */
export function requestFeaturesPlugin<TContext extends BaseContext>(
  features: RequestFeature<TContext>[],
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(requestContext) {
      const resolving: NonNullable<RequestHooks<TContext>['didResolveOperation']>[] = [];
      const sending: NonNullable<RequestHooks<TContext>['willSendResponse']>[] = [];
      for (const feature of features) {
        const hooks = feature(requestContext);
        if (hooks?.didResolveOperation) resolving.push(hooks.didResolveOperation);
        if (hooks?.willSendResponse) sending.push(hooks.willSendResponse);
      }
      const listener: GraphQLRequestListener<TContext> = {};
      if (resolving.length > 0)
        listener.didResolveOperation = async (context) => {
          for (const hook of resolving) hook(context);
        };
      if (sending.length > 0)
        listener.willSendResponse = async (context) => {
          for (const hook of sending) hook(context);
        };
      return listener;
    },
  };
}
