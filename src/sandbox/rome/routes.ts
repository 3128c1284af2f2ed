import type { SandboxRequest } from '../http/request';
import { jsonResponse, type SandboxResponse } from '../http/response';
import type { Referential } from '../referential/model';
import type { ApiRoute } from '../routing';
import { ChampsError, project, selectionFromQuery, validateSelection, type FieldSchema } from './champs';
import type { Item, RomeCollection } from './collection';
import { competenceCollections } from './competence-resources';
import { metiersReferentialCollections } from './metiers-referentials';
import { MetierFilterError, metierFilter } from './metier-filters';
import { handleRequete } from './requete';
import { RomeResources } from './resources';
import {
  APPELLATION_SCHEMA,
  COMPETENCE_SCHEMA,
  CONTEXTE_TRAVAIL_SCHEMA,
  FICHE_METIER_SCHEMA,
  METIER_SCHEMA,
  VERSION_SCHEMA,
} from './schemas';

/** The four ROME 4.0 products (upstream-apis §4): whole-referential lists and items by code, shaped by `champs`. */
export function romeRoutes(referential: Referential): ApiRoute[] {
  const resources = new RomeResources(referential);
  const domaines = domaineCollections(referential);
  const collections: RomeCollection[] = [
    {
      api: 'rome-metiers',
      path: '/rome-metiers/v1/metiers/metier',
      schema: METIER_SCHEMA,
      list: () => resources.listMetiers(),
      get: (code) => resources.getMetier(code),
      label: 'métier',
      filter: metierFilter,
    },
    {
      api: 'rome-metiers',
      path: '/rome-metiers/v1/metiers/appellation',
      schema: APPELLATION_SCHEMA,
      list: () => resources.listAppellations(),
      get: (code) => resources.getAppellation(code),
      label: 'appellation',
    },
    ...domaines,
    ...metiersReferentialCollections(referential),
    {
      api: 'rome-fiches-metiers',
      path: '/rome-fiches-metiers/v1/fiches-rome/fiche-metier',
      schema: FICHE_METIER_SCHEMA,
      list: () => resources.listFichesMetiers(),
      get: (code) => resources.getFicheMetier(code),
      label: 'fiche métier',
    },
    {
      api: 'rome-competences',
      path: '/rome-competences/v1/competences/competence',
      schema: COMPETENCE_SCHEMA,
      list: () => resources.listCompetences(),
      get: (code) => resources.getCompetence(code),
      label: 'compétence',
    },
    ...competenceCollections(resources, referential),
    {
      api: 'rome-contextes-travail',
      path: '/rome-contextes-travail/v1/situations-travail/contexte-travail',
      schema: CONTEXTE_TRAVAIL_SCHEMA,
      list: () => resources.listContextesTravail(),
      get: (code) => resources.getContexteTravail(code),
      label: 'contexte de travail',
    },
  ];

  const versions: ApiRoute[] = (
    [
      ['rome-metiers', '/rome-metiers/v1/metiers/version'],
      ['rome-fiches-metiers', '/rome-fiches-metiers/v1/fiches-rome/version'],
      ['rome-competences', '/rome-competences/v1/competences/version'],
      ['rome-contextes-travail', '/rome-contextes-travail/v1/situations-travail/version'],
    ] as const
  ).map(([api, template]) => ({
    api,
    method: 'GET',
    template,
    handle: (request) => respond(request, VERSION_SCHEMA, resources.version()),
  }));

  const search = (resource: string, items: () => Item[], schema: FieldSchema, labels: string[]): ApiRoute => ({
    api: 'rome-metiers',
    method: 'GET',
    template: `/rome-metiers/v1/metiers/${resource}/requete`,
    handle: (request) => handleRequete(request, items, schema, labels),
  });
  const searches = [
    search('appellation', () => resources.listAppellations(), APPELLATION_SCHEMA, ['libelle', 'libellecourt']),
    search('metier', () => resources.listMetiers(), METIER_SCHEMA, ['libelle']),
  ];

  return [...versions, ...searches, ...collectionRoutes(collections)];
}

function collectionRoutes(collections: RomeCollection[]): ApiRoute[] {
  return collections.flatMap((collection): ApiRoute[] => {
    const cache = new Map<string, SandboxResponse>();
    return [
      {
        api: collection.api,
        method: 'GET',
        template: collection.path,
        handle: (request) => {
          let filter: ReturnType<NonNullable<RomeCollection['filter']>>;
          try {
            filter = collection.filter?.(request) ?? null;
          } catch (error) {
            if (error instanceof MetierFilterError) return jsonResponse(400, { message: error.message });
            throw error;
          }
          if (filter) return respond(request, collection.schema, collection.list().filter(filter));
          // Lists are immutable and large: keep the rendered answer per selector.
          const key = request.query.getAll('champs').join('&');
          const cached = cache.get(key);
          if (cached) return cached;
          const response = respond(request, collection.schema, collection.list());
          if (response.status === 200 && cache.size < 64) cache.set(key, response);
          return response;
        },
      },
      {
        api: collection.api,
        method: 'GET',
        template: `${collection.path}/{code}`,
        handle: (request, params) => {
          const item = collection.get(params.code);
          if (!item)
            return jsonResponse(404, {
              message: `Aucun(e) ${collection.label} trouvé(e) pour le code ${params.code}.`,
            });
          return respond(request, collection.schema, item);
        },
      },
    ];
  });
}

function respond(request: SandboxRequest, schema: FieldSchema, value: Item | Item[]): SandboxResponse {
  try {
    const selection = selectionFromQuery(request.query.getAll('champs'));
    if (!selection) return jsonResponse(200, value);
    validateSelection(selection, schema);
    return jsonResponse(200, project(value, selection));
  } catch (error) {
    if (error instanceof ChampsError) return jsonResponse(400, { message: error.message });
    throw error;
  }
}

/** Grands domaines and domaines professionnels of the Métiers API, small enough to build inline. */
function domaineCollections(referential: Referential): RomeCollection[] {
  const grandsDomaines = referential.grandsDomaines.map((g) => ({ code: g.code, libelle: g.libelle }));
  const domaines = referential.domainesProfessionnels.map((d) => ({
    code: d.code,
    libelle: d.libelle,
    grandDomaine: { code: d.code.slice(0, 1), libelle: referential.labels.grandDomaine.get(d.code.slice(0, 1)) ?? '' },
  }));
  const find = (items: Item[]) => (code: string) => items.find((item) => item.code === code);
  const codeLabel: FieldSchema = { code: true, libelle: true };
  return [
    {
      api: 'rome-metiers',
      path: '/rome-metiers/v1/metiers/grand-domaine',
      schema: codeLabel,
      list: () => grandsDomaines,
      get: find(grandsDomaines),
      label: 'grand domaine',
    },
    {
      api: 'rome-metiers',
      path: '/rome-metiers/v1/metiers/domaine-professionnel',
      schema: { ...codeLabel, granddomaine: codeLabel },
      list: () => domaines,
      get: find(domaines),
      label: 'domaine professionnel',
    },
  ];
}
