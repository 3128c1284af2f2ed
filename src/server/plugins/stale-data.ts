import type { GraphContext } from '../../graph';
import type { RequestFeature, RequestHooks } from './request-features';

/**
 * Says, in `extensions.staleData: [{ api, ageSeconds }]`, which parts of the answer are cached data served past
 * their lifetime because France Travail failed, and how old they are.
 */
export const staleData: RequestFeature<GraphContext> = () => staleDataHooks;

const staleDataHooks: RequestHooks<GraphContext> = {
  willSendResponse({ contextValue, response }) {
    const stale = contextValue.diagnostics?.staleData;
    if (!stale?.length || response.body.kind !== 'single') return;
    response.body.singleResult.extensions = { ...response.body.singleResult.extensions, staleData: stale };
  },
};
