import type { OffresSearchCriteria } from '../../upstream';
import type { GraphContext } from '../context';
import { toConnection } from './offer-connection';
import type { ReferentialCheck } from './offer-criteria';
import { assertListedCodes } from './offer-referentials';
import { offerLoaders } from './offer.loaders';
import type { OfferConnection } from './offer.types';
import { type PagingArguments, pageRequest, upstreamRange } from './paging';

export interface OfferSearchRequest extends PagingArguments {
  /** Validated criteria (see criteriaFromFilter / criteriaForTerritory). */
  criteria: OffresSearchCriteria;
  /** Codes to find on their referentials before searching. */
  referentialChecks?: ReferentialCheck[];
}

/**
 * One page of an offer search as a connection: paging checked, referential codes checked, then one upstream
 * call shared by identical searches of the request. The entry point for every field listing offers, e.g. an
 * appellation's offers (`criteria: { appellation: code }`).
 */
export async function searchOffers(context: GraphContext, request: OfferSearchRequest): Promise<OfferConnection> {
  const page = pageRequest(request);
  if (request.referentialChecks?.length) await assertListedCodes(context, request.referentialChecks);
  const answer = await offerLoaders(context).search.load({ criteria: request.criteria, range: upstreamRange(page) });
  return toConnection(answer, page);
}
