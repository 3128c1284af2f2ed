import type DataLoader from 'dataloader';
import type { OffresPage, OffresSearchCriteria } from '../../upstream';
import type { GraphContext } from '../context';
import { keyedLoader } from '../shared/loaders';
import { perRequest } from '../shared/per-request';
import { toOffer } from './offer.mapper';
import type { Offer } from './offer.types';

export interface SearchKey {
  criteria: OffresSearchCriteria;
  range: { start: number; end: number };
}

export interface OfferLoaders {
  search: DataLoader<SearchKey, OffresPage, string>;
  byId: DataLoader<string, Offer | null, string>;
}

/** Identical searches within one request share one call; across requests the upstream cache answers. */
export const offerLoaders = perRequest<GraphContext, OfferLoaders>(({ upstream, upstreamScope }) => ({
  search: keyedLoader({
    name: 'offers.search',
    load: (key: SearchKey) => upstream.offres.search(key.criteria, key.range, upstreamScope),
    cacheKey: (key) => JSON.stringify([key.criteria, key.range]),
  }),
  byId: keyedLoader({
    name: 'offers.byId',
    load: async (id: string) => {
      const dto = await upstream.offres.getById(id, upstreamScope);
      return dto ? toOffer(dto) : null;
    },
  }),
}));
