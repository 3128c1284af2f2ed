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
  /** Who is asking (`X-Client-Id`, else the remote address), so the upstream quota can be shared fairly between clients. */
  clientId: string;
  /** Collected during execution; the server copies them into the response extensions. */
  diagnostics: { appellationMismatches: AppellationMismatchReport[] };
}

export function createGraphContext(upstream: Upstream, options: { clientId?: string } = {}): GraphContext {
  return { upstream, clientId: options.clientId ?? 'local', diagnostics: { appellationMismatches: [] } };
}
