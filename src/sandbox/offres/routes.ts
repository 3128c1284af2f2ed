import { badRequest, emptyResponse, jsonResponse } from '../http/response';
import { loadCommunePositions, type CommunePositions } from '../referential/bundled';
import type { Referential } from '../referential/model';
import type { ApiRoute } from '../routing';
import { OfferCatalog } from './catalog';
import { OFFER_ID_PATTERN } from './offer-ids';
import { renderOffer } from './offer-view';
import { OfferSearch } from './search';
import { OfferSearchError, parseOfferSearch } from './search-params';
import { OffresReferentials } from './referentials';

const BASE = '/offresdemploi/v2';

/** Offres d'emploi v2 (upstream-apis §3): search, offer by id, and the 16 referentials. */
export function offresRoutes(referential: Referential): ApiRoute[] {
  const catalog = new OfferCatalog(referential);
  let positions: CommunePositions | undefined;
  const communePositions = () => (positions ??= loadCommunePositions());
  const referentials = new OffresReferentials(referential);
  const search = new OfferSearch(catalog, referential, communePositions);

  return [
    {
      api: 'offres',
      method: 'GET',
      template: `${BASE}/offres/search`,
      handle: (request) => {
        try {
          return search.run(parseOfferSearch(request.query, referentials));
        } catch (error) {
          if (error instanceof OfferSearchError) return badRequest(error.message);
          throw error;
        }
      },
    },
    {
      api: 'offres',
      method: 'GET',
      template: `${BASE}/offres/{id}`,
      handle: (_request, params) => {
        if (!OFFER_ID_PATTERN.test(params.id))
          return badRequest("Le format de l'id de l'offre recherchée est incorrect.");
        const record = catalog.findById(params.id);
        return record ? jsonResponse(200, renderOffer(record, referential, communePositions())) : emptyResponse(204);
      },
    },
    ...referentials.names.map(
      (name): ApiRoute => ({
        api: 'offres',
        method: 'GET',
        template: `${BASE}/referentiel/${name}`,
        handle: () => jsonResponse(200, referentials.list(name)),
      }),
    ),
  ];
}
