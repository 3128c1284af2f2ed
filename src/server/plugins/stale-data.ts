import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../../graph';

/**
 * Says, in `extensions.staleData: [{ api, ageSeconds }]`, which parts of the answer are cached data served past
 * their lifetime because France Travail failed, and how old they are.
 */
export const staleDataPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const stale = contextValue.diagnostics?.staleData;
        if (!stale?.length || response.body.kind !== 'single') return;
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, staleData: stale };
      },
    };
  },
};
