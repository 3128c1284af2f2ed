import type { Upstream } from '../upstream';

/** Why an offer's appellation could not be resolved, reported in the response's `extensions.appellationMatching`. */
export interface AppellationMismatchReport {
  offerId: string;
  romeCode: string | null;
  label: string | null;
  reason: string;
  message: string;
}

/** The context every resolver receives. Cheap to build: loaders are created on first use (see perRequest). */
export interface GraphContext {
  upstream: Upstream;
  /** Collected during execution; the server copies them into the response extensions. */
  diagnostics: { appellationMismatches: AppellationMismatchReport[] };
}

export function createGraphContext(upstream: Upstream): GraphContext {
  return { upstream, diagnostics: { appellationMismatches: [] } };
}
