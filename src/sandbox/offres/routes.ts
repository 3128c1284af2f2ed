import { badRequest, emptyResponse, jsonResponse } from '../http/response';
import { loadCommunePositions, type CommunePositions } from '../referential/bundled';
import type { Referential } from '../referential/model';
import type { ApiRoute } from '../routing';
import { loadDepartements, loadRegions } from '../territories/communes';
import { OfferCatalog } from './catalog';
import { OFFER_ID_PATTERN } from './offer-ids';
import { renderOffer } from './offer-view';
import { OfferSearch } from './search';
import { OfferSearchError, parseOfferSearch } from './search-params';
import { CONTRACT_TYPES, NATURES_CONTRAT } from './vocabulary';

const BASE = '/offresdemploi/v2';

/** Offres d'emploi v2 (upstream-apis §3): search, offer by id, and the small referentials. */
export function offresRoutes(referential: Referential): ApiRoute[] {
  const catalog = new OfferCatalog(referential);
  let positions: CommunePositions | undefined;
  const communePositions = () => (positions ??= loadCommunePositions());
  const search = new OfferSearch(catalog, referential, communePositions);

  return [
    {
      api: 'offres',
      method: 'GET',
      template: `${BASE}/offres/search`,
      handle: (request) => {
        try {
          return search.run(parseOfferSearch(request.query));
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
    {
      api: 'offres',
      method: 'GET',
      template: `${BASE}/referentiel/typesContrats`,
      handle: () =>
        jsonResponse(
          200,
          CONTRACT_TYPES.map((c) => ({ code: c.code, libelle: c.libelle })),
        ),
    },
    {
      api: 'offres',
      method: 'GET',
      template: `${BASE}/referentiel/naturesContrats`,
      handle: () =>
        jsonResponse(
          200,
          Object.entries(NATURES_CONTRAT).map(([code, libelle]) => ({ code, libelle })),
        ),
    },
    {
      api: 'offres',
      method: 'GET',
      template: `${BASE}/referentiel/regions`,
      handle: () =>
        jsonResponse(
          200,
          loadRegions().map((r) => ({ code: r.code, libelle: r.nom })),
        ),
    },
    {
      api: 'offres',
      method: 'GET',
      template: `${BASE}/referentiel/departements`,
      handle: () => {
        const regions = new Map(loadRegions().map((r) => [r.code, r.nom]));
        return jsonResponse(
          200,
          loadDepartements().map((d) => ({
            code: d.code,
            libelle: d.nom,
            region: { code: d.region, libelle: regions.get(d.region) ?? '' },
          })),
        );
      },
    },
  ];
}
