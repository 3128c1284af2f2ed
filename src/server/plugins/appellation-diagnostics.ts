import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../../graph';

/** Puts the reasons why offers got no appellation into `extensions.appellationMatching` of the response. */
export const appellationDiagnosticsPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const unmatched = contextValue.diagnostics?.appellationMismatches;
        if (!unmatched?.length || response.body.kind !== 'single') return;
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          appellationMatching: { unmatched },
        };
      },
    };
  },
};
