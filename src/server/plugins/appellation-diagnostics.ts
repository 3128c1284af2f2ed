import type { GraphContext } from '../../graph';
import type { RequestFeature, RequestHooks } from './request-features';

/** Puts the reasons why offers got no appellation into `extensions.appellationMatching` of the response. */
export const appellationDiagnostics: RequestFeature<GraphContext> = () => appellationDiagnosticsHooks;

const appellationDiagnosticsHooks: RequestHooks<GraphContext> = {
  willSendResponse({ contextValue, response }) {
    const unmatched = contextValue.diagnostics?.appellationMismatches;
    if (!unmatched?.length || response.body.kind !== 'single') return;
    response.body.singleResult.extensions = {
      ...response.body.singleResult.extensions,
      appellationMatching: { unmatched },
    };
  },
};
