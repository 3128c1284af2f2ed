import { GraphQLError } from 'graphql';
import { SCOPES, type FranceTravailRest, type RestAnswer } from './france-travail-rest';
import {
  allRegions,
  departementsOfRegion,
  findTerritory,
  marketTerritory,
  type TerritoryObject,
  type TerritoryType,
} from './territories';

/**
 * Resolvers as a team writes them by hand: each field that needs France Travail data asks for it itself, with the
 * most natural per-item call, and nothing is shared between fields or requests.
 *
 * - `Query.offers`, `Occupation.offers`: `GET /offresdemploi/v2/offres/search` (one page).
 * - `Query.offer`: `GET /offresdemploi/v2/offres/{id}`.
 * - `Query.occupation`, `RomeAppellation.occupation`: `GET /rome-metiers/v1/metiers/metier/{code}`.
 * - `Query.appellation`: `GET /rome-metiers/v1/metiers/appellation/{code}`.
 * - `Offer.appellation` and `Offer.appellationMatch`: each `GET /rome-metiers/v1/metiers/metier/{romeCode}`, then the
 *   appellation whose label equals the offer's published label exactly.
 * - `Occupation.competences`, `RomeAppellation.competences`: `GET /rome-fiches-metiers/v1/fiches-rome/fiche-metier/{code}`.
 * - every `tension`: `POST /stats-offres-demandes-emploi/v1/indicateur/stat-perspective-employeur`.
 * - territories: the INSEE geography package, no call.
 */

interface Context {
  rest: FranceTravailRest;
}

type Offre = Record<string, any>;
type Metier = { code: string; libelle: string; appellations?: { code: string; libelle: string }[] };
type Appellation = { code: string; label: string; occupationCode: string };
type TerritoryArg = { type: TerritoryType; code: string };

const PAGE_LIMIT = 150;
const LEVEL_LABELS = ['Very low', 'Low', 'Moderate', 'High', 'Very high'];
const COMPETENCE_KINDS: Record<string, string> = {
  'COMPETENCE-DETAILLEE': 'SKILL',
  'MACRO-SAVOIR-FAIRE': 'KNOW_HOW',
  'MACRO-SAVOIR-ETRE-PROFESSIONNEL': 'SOFT_SKILL',
  SAVOIR: 'KNOWLEDGE',
};

export const resolvers = {
  Query: {
    offers: (
      _: unknown,
      args: { filter: Record<string, any>; first: number; after?: string | null },
      { rest }: Context,
    ) => searchOffers(rest, criteriaOf(args.filter), args.first, args.after),
    offer: async (_: unknown, { id }: { id: string }, { rest }: Context) => {
      const answer = await rest.call({
        scope: SCOPES.offres,
        method: 'GET',
        url: `${rest.endpoints.offres}/v2/offres/${encodeURIComponent(id)}`,
      });
      if (answer.status === 204 || answer.status === 404) throw notFound(`No offer "${id}".`);
      return json<Offre>(expectOk(answer));
    },
    occupation: (_: unknown, { code }: { code: string }, { rest }: Context) => fetchMetier(rest, code),
    appellation: async (_: unknown, { code }: { code: string }, { rest }: Context): Promise<Appellation> => {
      const answer = await rest.call({
        scope: SCOPES.romeMetiers,
        method: 'GET',
        url: `${rest.endpoints.romeMetiers}/metiers/appellation/${encodeURIComponent(code)}`,
      });
      if (answer.status === 404) throw notFound(`No ROME appellation "${code}".`);
      const appellation = json<{ code: string; libelle: string; metier: { code: string } }>(expectOk(answer));
      return { code: appellation.code, label: appellation.libelle, occupationCode: appellation.metier.code };
    },
    territory: (_: unknown, args: TerritoryArg) => territoryOrThrow(args),
    regions: () => allRegions(),
  },

  Offer: {
    title: (offre: Offre) => offre.intitule,
    appellationLabel: (offre: Offre) => offre.appellationlibelle ?? null,
    contract: (offre: Offre) => ({ type: offre.typeContrat ?? null, label: offre.typeContratLibelle ?? null }),
    location: (offre: Offre) =>
      offre.lieuTravail
        ? {
            label: offre.lieuTravail.libelle,
            communeCode: offre.lieuTravail.commune ?? null,
            territory: offre.lieuTravail.commune ? findTerritory('COMMUNE', offre.lieuTravail.commune) : null,
          }
        : null,
    appellation: async (offre: Offre, _: unknown, { rest }: Context): Promise<Appellation | null> => {
      if (!offre.romeCode || !offre.appellationlibelle) return null;
      const metier = await fetchMetier(rest, offre.romeCode);
      const found = metier.appellations?.find((appellation) => appellation.libelle === offre.appellationlibelle);
      return found ? { code: found.code, label: found.libelle, occupationCode: metier.code } : null;
    },
    appellationMatch: async (offre: Offre, _: unknown, { rest }: Context) => {
      if (!offre.romeCode || !offre.appellationlibelle) return { method: null, reason: 'NO_LABEL' };
      const metier = await fetchMetier(rest, offre.romeCode);
      const found = metier.appellations?.some((appellation) => appellation.libelle === offre.appellationlibelle);
      return found ? { method: 'EXACT', reason: null } : { method: null, reason: 'NO_MATCHING_LABEL' };
    },
  },

  Occupation: {
    label: (metier: Metier) => metier.libelle,
    appellations: (metier: Metier): Appellation[] =>
      (metier.appellations ?? []).map((appellation) => ({
        code: appellation.code,
        label: appellation.libelle,
        occupationCode: metier.code,
      })),
    competences: (metier: Metier, _: unknown, { rest }: Context) => fetchCompetences(rest, metier.code),
    tension: (metier: Metier, args: { territory: TerritoryArg; year?: number | null }, { rest }: Context) =>
      fetchTension(rest, metier.code, territoryOrThrow(args.territory), args.year),
    offers: (
      metier: Metier,
      args: { territory?: TerritoryArg | null; first: number; after?: string | null },
      { rest }: Context,
    ) => searchOffers(rest, { codeROME: metier.code, ...territoryCriteria(args.territory) }, args.first, args.after),
  },

  RomeAppellation: {
    occupation: (appellation: Appellation, _: unknown, { rest }: Context) =>
      fetchMetier(rest, appellation.occupationCode),
    competences: (appellation: Appellation, _: unknown, { rest }: Context) =>
      fetchCompetences(rest, appellation.occupationCode),
    tension: (appellation: Appellation, args: { territory: TerritoryArg; year?: number | null }, { rest }: Context) =>
      fetchTension(rest, appellation.occupationCode, territoryOrThrow(args.territory), args.year),
  },

  Territory: {
    region: (territory: TerritoryObject) =>
      territory.type === 'DEPARTEMENT' || territory.type === 'COMMUNE'
        ? findTerritory('REGION', territory.regionCode ?? '')
        : null,
    departement: (territory: TerritoryObject) =>
      territory.type === 'COMMUNE' ? findTerritory('DEPARTEMENT', territory.departementCode ?? '') : null,
    departements: (territory: TerritoryObject) =>
      territory.type === 'REGION' ? departementsOfRegion(territory.code) : [],
    tension: (territory: TerritoryObject, args: { occupation: string; year?: number | null }, { rest }: Context) =>
      fetchTension(rest, args.occupation, territory, args.year),
  },
};

async function fetchMetier(rest: FranceTravailRest, code: string): Promise<Metier> {
  const answer = await rest.call({
    scope: SCOPES.romeMetiers,
    method: 'GET',
    url: `${rest.endpoints.romeMetiers}/metiers/metier/${encodeURIComponent(code)}`,
  });
  if (answer.status === 404) throw notFound(`No ROME occupation "${code}".`);
  return json<Metier>(expectOk(answer));
}

async function fetchCompetences(rest: FranceTravailRest, romeCode: string) {
  const answer = await rest.call({
    scope: SCOPES.romeFichesMetiers,
    method: 'GET',
    url: `${rest.endpoints.romeFichesMetiers}/fiches-rome/fiche-metier/${encodeURIComponent(romeCode)}`,
  });
  if (answer.status === 404) return [];
  const fiche = json<Record<string, any>>(expectOk(answer));
  const competences = (fiche.groupesCompetencesMobilisees ?? []).flatMap((group: any) =>
    (group.competences ?? []).map((item: any) => ({
      code: item.code,
      label: item.libelle,
      kind: COMPETENCE_KINDS[item.type] ?? 'SKILL',
      category: group.enjeu?.libelle ?? null,
    })),
  );
  const savoirs = (fiche.groupesSavoirs ?? []).flatMap((group: any) =>
    (group.savoirs ?? []).map((item: any) => ({
      code: item.code,
      label: item.libelle,
      kind: 'KNOWLEDGE',
      category: group.categorieSavoirs?.libelle ?? null,
    })),
  );
  return [...competences, ...savoirs];
}

async function fetchTension(
  rest: FranceTravailRest,
  romeCode: string,
  territory: TerritoryObject,
  year: number | null | undefined,
) {
  const market = marketTerritory(territory);
  const answer = await rest.call({
    scope: SCOPES.marche,
    method: 'POST',
    url: `${rest.endpoints.marche}/indicateur/stat-perspective-employeur`,
    json: {
      codeTypeTerritoire: market.codeTypeTerritoire,
      codeTerritoire: market.codeTerritoire,
      codeTypeActivite: 'ROME',
      codeActivite: romeCode,
      codeTypePeriode: 'ANNEE',
      codeTypeNomenclature: 'TYPE_TENSION',
    },
  });
  // "No figure" comes back as 204, a 400 "n'est pas disponible" or a 500 "n'a pas pu trouver la liste".
  if (answer.status === 204 || answer.body.trim() === '' || /n'est pas disponible|n'a pas pu trouver/.test(answer.body))
    return null;
  const items: Record<string, any>[] =
    json<{ listeValeursParPeriode?: Record<string, any>[] }>(expectOk(answer)).listeValeursParPeriode ?? [];
  const years = [...new Set(items.map((item) => Number(String(item.codePeriode).slice(0, 4))))].sort((a, b) => b - a);
  const chosen = year ?? years[0];
  if (chosen === undefined || !years.includes(chosen)) return null;
  const level = (code: string) => {
    const item = items.find(
      (candidate) =>
        candidate.codeNomenclature === code && Number(String(candidate.codePeriode).slice(0, 4)) === chosen,
    );
    const value = item
      ? item.valeurPrincipaleNom !== undefined
        ? Number(item.valeurPrincipaleNom)
        : item.valeurPrincipaleNombre
      : undefined;
    return Number.isInteger(value) && value >= 1 && value <= 5 ? (value as number) : null;
  };
  const overall = level('PERSPECTIVE');
  const perspective = items.find(
    (item) => item.codeNomenclature === 'PERSPECTIVE' && Number(String(item.codePeriode).slice(0, 4)) === chosen,
  );
  return {
    year: chosen,
    occupationCode: romeCode,
    level: overall,
    label: overall ? LEVEL_LABELS[overall - 1] : null,
    index: perspective?.valeurPrincipaleDecimale ?? null,
    hiringIntensity: level('INT_EMB'),
    labourShortage: level('MAIN_OEUVRE'),
    territory: market.answeredFor,
  };
}

async function searchOffers(
  rest: FranceTravailRest,
  criteria: Record<string, string>,
  first: number,
  after: string | null | undefined,
) {
  if (first < 0 || first > PAGE_LIMIT)
    throw new GraphQLError(`"first" must be between 0 and ${PAGE_LIMIT}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  const offset = after ? Number(Buffer.from(after, 'base64url').toString().replace('offer:', '')) + 1 : 0;
  const range = `${offset}-${offset + Math.max(first, 1) - 1}`;
  const query = new URLSearchParams({ ...criteria, range }).toString();
  const answer = await rest.call({
    scope: SCOPES.offres,
    method: 'GET',
    url: `${rest.endpoints.offres}/v2/offres/search?${query}`,
  });
  if (answer.status === 204) return connection([], 0, offset);
  const offres = (json<{ resultats?: Offre[] }>(expectOk(answer)).resultats ?? []).slice(0, first);
  const total = Number(/\/(\d+)/.exec(answer.headers.get('content-range') ?? '')?.[1] ?? offres.length);
  return connection(offres, total, offset);
}

function connection(offres: Offre[], total: number, offset: number) {
  const cursor = (position: number) => Buffer.from(`offer:${position}`).toString('base64url');
  const edges = offres.map((node, i) => ({ cursor: cursor(offset + i), node }));
  return {
    totalCount: total,
    edges,
    pageInfo: {
      hasNextPage: offset + offres.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function criteriaOf(filter: Record<string, any>): Record<string, string> {
  const criteria: Record<string, string> = {};
  if (filter.romeCodes?.length) criteria.codeROME = filter.romeCodes.join(',');
  const departements = [filter.departement, ...(filter.departements ?? [])].filter(Boolean);
  if (departements.length) criteria.departement = departements.join(',');
  if (filter.region) criteria.region = filter.region;
  if (filter.commune) criteria.commune = filter.commune;
  return criteria;
}

function territoryCriteria(territory: TerritoryArg | null | undefined): Record<string, string> {
  if (!territory || territory.type === 'NATION') return {};
  if (territory.type === 'REGION') return { region: territory.code };
  if (territory.type === 'DEPARTEMENT') return { departement: territory.code };
  return { commune: territory.code };
}

function territoryOrThrow({ type, code }: TerritoryArg): TerritoryObject {
  const territory = findTerritory(type, code);
  if (!territory) throw notFound(`No ${type.toLowerCase()} "${code}".`);
  return territory;
}

function expectOk(answer: RestAnswer): RestAnswer {
  if (answer.status === 200 || answer.status === 206) return answer;
  throw new GraphQLError(`France Travail answered HTTP ${answer.status}`, {
    extensions: { code: 'UPSTREAM_UNAVAILABLE' },
  });
}

function json<T>(answer: RestAnswer): T {
  return JSON.parse(answer.body) as T;
}

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}
