import DataLoader from 'dataloader';
import type { OffresPage, OffresSearchCriteria } from '../../upstream';
import type { GraphContext } from '../context';
import { fromUpstream } from '../shared/errors';
import { perRequest } from '../shared/per-request';
import { toOffer } from './offer.mapper';
import type { Offer } from './offer.types';

export interface SearchKey {
  criteria: OffresSearchCriteria;
  range: { start: number; end: number };
}

export interface OfferLoaders {
  search: DataLoader<SearchKey, OffresPage, string>;
  byId: DataLoader<string, Offer | null>;
}

/** Identical searches within one request share one call; across requests the upstream cache answers. */
export const offerLoaders = perRequest<GraphContext, OfferLoaders>(({ upstream, upstreamScope }) => ({
  search: new DataLoader<SearchKey, OffresPage, string>(
    (keys) =>
      Promise.all(
        keys.map((key) =>
          fromUpstream(() => upstream.offres.search(key.criteria, key.range, upstreamScope)).catch(
            (error: unknown) => error as Error,
          ),
        ),
      ),
    { cacheKeyFn: (key) => JSON.stringify([key.criteria, key.range]) },
  ),
  byId: new DataLoader<string, Offer | null>((ids) =>
    Promise.all(
      ids.map((id) =>
        fromUpstream(() => upstream.offres.getById(id, upstreamScope))
          .then((dto) => (dto ? toOffer(dto) : null))
          .catch((error: unknown) => error as Error),
      ),
    ),
  ),
}));
