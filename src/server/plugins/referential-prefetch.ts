import type { ApolloServerPlugin } from '@apollo/server';
import { prefetchFor, type GraphContext } from '../../graph';
import { selectedTypes } from './selected-types';

/** Once an operation is resolved, lets the graph start the whole-list loads it will need, before execution begins. */
export const referentialPrefetchPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, schema, contextValue }) {
        prefetchFor(contextValue, selectedTypes(schema, document));
      },
    };
  },
};
