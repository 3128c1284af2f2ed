import { header, type SandboxRequest } from '../http/request';
import { emptyResponse, jsonResponse, type SandboxResponse } from '../http/response';
import type { Referential, TensionLevel } from '../referential/model';
import type { ApiRoute } from '../routing';
import { loadDepartements, loadRegions } from '../territories/communes';
import { Bassins } from './bassins';
import {
  CATALOGUE,
  type CatalogueEntry,
  type IndicatorId,
  NOMENCLATURES,
  periodLabel,
  QUARTERS,
  SALARY_YEAR,
  TERRITORY_TYPES,
} from './catalogue';
import { breakdown, generatedSalaries, generatedValues, type Scope } from './figures';
import { TensionFigures } from './tension';
import { toXml } from './xml';

const BASE = '/stats-offres-demandes-emploi/v1';
/** Date of the Dares publication the tension figures come from. */
const FIGURES_UPDATED_ON = '2021-04-27';
/** Date the generated quarterly figures claim to be from. */
const GENERATED_UPDATED_ON = '2026-02-10';
const NATIONAL = { code: 'FR', libelle: 'France' };

const INDICATOR_PATHS: Record<Exclude<IndicatorId, 'SAL_3'>, string> = {
  DE_1: 'stat-demandeurs',
  DE_5: 'stat-demandeurs-entrant',
  OFF_1: 'stat-offres',
  EMB_1: 'stat-embauches',
  DYN_1: 'stat-dynamique-emploi',
  PERSP_2: 'stat-perspective-employeur',
};

const error = (status: number, message: string) => jsonResponse(status, { message });
const notAvailable = (what: string, value: string) =>
  error(400, `${what} « ${value} » n'est pas disponible pour cet indicateur.`);
const noFigure = () => error(500, "Le serveur n'a pas pu trouver la liste des valeurs pour les critères demandés.");

/** Upstream answers XML unless JSON is asked for explicitly; errors stay JSON. */
function answer(request: SandboxRequest, root: string, body: unknown): SandboxResponse {
  if ((header(request, 'accept') ?? '').includes('application/json')) return jsonResponse(200, body);
  return { status: 200, headers: { 'Content-Type': 'application/xml;charset=UTF-8' }, body: toXml(root, body) };
}

type Names = Record<string, Map<string, string>>;

export function marcheRoutes(referential: Referential): ApiRoute[] {
  const tension = new TensionFigures(referential);
  let bassins: Bassins | undefined;
  let names: Names | undefined;
  const context = (): MarcheContext => {
    bassins ??= Bassins.bundled();
    names ??= {
      NAT: new Map([[NATIONAL.code, NATIONAL.libelle]]),
      REG: new Map(loadRegions().map((r) => [r.code, r.nom])),
      DEP: new Map(loadDepartements().map((d) => [d.code, d.nom])),
      BASBMO: bassins.names,
    };
    return { referential, tension, bassins, names };
  };

  const indicatorRoutes = (Object.entries(INDICATOR_PATHS) as [Exclude<IndicatorId, 'SAL_3'>, string][]).map(
    ([id, path]): ApiRoute => ({
      api: 'marche',
      method: 'POST',
      template: `${BASE}/indicateur/${path}`,
      handle: (request) => indicator(id, request, context()),
    }),
  );
  const referentialRoute = (template: string, handle: ApiRoute['handle']): ApiRoute => ({
    api: 'marche',
    method: 'GET',
    template: `${BASE}/referentiel/${template}`,
    handle,
  });

  return [
    ...indicatorRoutes,
    {
      api: 'marche',
      method: 'GET',
      template: `${BASE}/indicateur/salaire-rome-fap/{codeTypeTerritoire}/{codeTerritoire}`,
      handle: (request, params) => salaries(request, params, context()),
    },
    referentialRoute('type-territoires', (request) =>
      answer(request, 'typeTerritoires', { typeTerritoires: TERRITORY_TYPES }),
    ),
    referentialRoute('territoires/{codeTypeTerritoire}', (request, params) => {
      const type = params.codeTypeTerritoire;
      const list = context().names[type];
      if (!list) return notAvailable('Le type de territoire', type);
      return answer(request, 'territoires', {
        territoires: [...list].map(([codeTerritoire, libelleTerritoire]) => ({
          codeTypeTerritoire: type,
          codeTerritoire,
          libelleTerritoire,
        })),
      });
    }),
    referentialRoute('activites/{codeTypeActivite}', (request, params) => {
      const type = params.codeTypeActivite;
      const activites =
        type === 'ROME'
          ? referential.fiches.map((fiche) => ({ codeActivite: fiche.code, libelleActivite: fiche.libelle }))
          : type === 'CUMUL'
            ? [{ codeActivite: 'CUMUL', libelleActivite: 'Tous métiers' }]
            : type === 'MOYENNE'
              ? [{ codeActivite: 'MOYENNE', libelleActivite: 'Moyenne des métiers' }]
              : undefined;
      if (!activites) return notAvailable("Le type d'activité", type);
      return answer(request, 'activites', {
        activites: activites.map((activite) => ({ codeTypeActivite: type, ...activite })),
      });
    }),
    referentialRoute('nomenclatures/{codeTypeNomenclature}', (request, params) => {
      const type = params.codeTypeNomenclature;
      const values = NOMENCLATURES[type];
      if (!values) return notAvailable('La nomenclature', type);
      return answer(request, 'nomenclatures', {
        nomenclatures: values.map(([codeNomenclature, libelleNomenclature]) => ({
          codeTypeNomenclature: type,
          codeNomenclature,
          libelleNomenclature,
        })),
      });
    }),
    referentialRoute('periodes/{codeTypePeriode}', (request, params) => {
      const type = params.codeTypePeriode;
      const codes =
        type === 'TRIMESTRE'
          ? QUARTERS
          : type === 'ANNEE'
            ? [tension.year, context().bassins.year, SALARY_YEAR]
            : undefined;
      if (!codes) return notAvailable('Le type de période', type);
      return answer(request, 'periodes', {
        periodes: [...new Set(codes)].sort().map((codePeriode) => ({
          codeTypePeriode: type,
          codePeriode,
          libellePeriode: periodLabel(codePeriode),
        })),
      });
    }),
    referentialRoute('details-indicateurs', (request) => {
      const wanted = request.query.get('codeIndicateur');
      const entries = wanted ? CATALOGUE.filter((entry) => entry.codeIndicateur === wanted) : CATALOGUE;
      if (entries.length === 0) return notAvailable("L'indicateur", wanted ?? '');
      return answer(request, 'indicateurs', { indicateurs: entries });
    }),
  ];
}

interface MarcheContext {
  referential: Referential;
  tension: TensionFigures;
  bassins: Bassins;
  names: Names;
}

interface Criteria {
  codeTypeTerritoire?: unknown;
  codeTerritoire?: unknown;
  codeTypeActivite?: unknown;
  codeActivite?: unknown;
  codeTypePeriode?: unknown;
  codeTypeNomenclature?: unknown;
  listeCodeNomenclature?: unknown;
  dernierePeriode?: unknown;
  sansCaracteristiques?: unknown;
}

const REQUIRED = [
  'codeTypeTerritoire',
  'codeTerritoire',
  'codeTypeActivite',
  'codeActivite',
  'codeTypePeriode',
] as const;

function indicator(
  id: Exclude<IndicatorId, 'SAL_3'>,
  request: SandboxRequest,
  context: MarcheContext,
): SandboxResponse {
  let criteria: Criteria;
  try {
    criteria = JSON.parse(request.body || 'null') as Criteria;
  } catch {
    return error(400, 'Le corps de la requête est mal formé.');
  }
  if (!criteria || typeof criteria !== 'object') return error(400, 'Le corps de la requête est mal formé.');
  for (const field of REQUIRED) {
    if (typeof criteria[field] !== 'string' || criteria[field] === '')
      return error(400, `Le critère « ${field} » est obligatoire.`);
  }
  const entry = CATALOGUE.find((candidate) => candidate.codeIndicateur === id) as CatalogueEntry;
  const scope: Scope = {
    typeTerritoire: criteria.codeTypeTerritoire as string,
    codeTerritoire: criteria.codeTerritoire as string,
    activity: criteria.codeActivite as string,
  };
  const typeActivite = criteria.codeTypeActivite as string;
  const typePeriode = criteria.codeTypePeriode as string;
  if (!entry.listeTypePeriode.includes(typePeriode)) return notAvailable('Le type de période', typePeriode);
  if (!entry.listeTypeTerritoire.includes(scope.typeTerritoire))
    return notAvailable('Le type de territoire', scope.typeTerritoire);
  if (!entry.listeTypeActivite.includes(typeActivite)) return notAvailable("Le type d'activité", typeActivite);
  if (criteria.codeTypeNomenclature !== undefined && criteria.codeTypeNomenclature !== entry.codeTypeNomenclature)
    return notAvailable('La nomenclature', String(criteria.codeTypeNomenclature));

  const libTerritoire = context.names[scope.typeTerritoire]?.get(scope.codeTerritoire);
  // An unknown territory code is answered with nothing at all.
  if (!libTerritoire) return emptyResponse(204);
  const fiche = typeActivite === 'ROME' ? context.referential.ficheByCode.get(scope.activity) : undefined;
  if (typeActivite === 'ROME' && !fiche) return noFigure();
  const libActivite = fiche?.libelle ?? (typeActivite === 'CUMUL' ? 'Tous métiers' : 'Moyenne des métiers');

  const common = {
    codeTypeTerritoire: scope.typeTerritoire,
    codeTerritoire: scope.codeTerritoire,
    libTerritoire,
    codeTypeActivite: typeActivite,
    codeActivite: scope.activity,
    libActivite,
    codeTypePeriode: typePeriode,
  };
  let values: Record<string, unknown>[];
  let updatedOn = GENERATED_UPDATED_ON;
  if (id === 'PERSP_2') {
    const figures = fiche ? tensionFigures(fiche.codeRomeParent, fiche, scope, context) : undefined;
    if (!figures) return noFigure();
    updatedOn = FIGURES_UPDATED_ON;
    values = figures.values.map((figure) => ({
      datMaj: updatedOn,
      ...common,
      codePeriode: figures.year,
      libPeriode: periodLabel(figures.year),
      ...figure,
    }));
  } else {
    const periods = criteria.dernierePeriode === true ? QUARTERS.slice(-1) : QUARTERS;
    const withCharacteristics = criteria.sansCaracteristiques !== true && id !== 'DYN_1';
    const labels = new Map(entry.codeTypeNomenclature ? NOMENCLATURES[entry.codeTypeNomenclature] : []);
    values = periods.flatMap((period) =>
      generatedValues(id, scope, period).map((value) => ({
        datMaj: updatedOn,
        ...common,
        codePeriode: period,
        libPeriode: periodLabel(period),
        ...(value.codeNomenclature
          ? { codeNomenclature: value.codeNomenclature, libNomenclature: labels.get(value.codeNomenclature) }
          : {}),
        ...value,
        ...(withCharacteristics && value.valeurPrincipaleNombre !== undefined
          ? {
              listeValeurParCaract: breakdown(
                value.valeurPrincipaleNombre,
                `${id}|${scope.codeTerritoire}|${scope.activity}|${period}|${value.codeNomenclature}`,
              ),
            }
          : {}),
      })),
    );
  }
  const wanted = Array.isArray(criteria.listeCodeNomenclature)
    ? new Set(criteria.listeCodeNomenclature.map(String))
    : undefined;
  if (wanted) values = values.filter((value) => wanted.has(String(value.codeNomenclature)));
  if (values.length === 0) return noFigure();
  return answer(request, 'indicateur', {
    codeIndicateur: entry.codeIndicateur,
    libIndicateur: entry.libelleIndicateur,
    datMaj: updatedOn,
    listeValeursParPeriode: values,
  });
}

/** Dares 2019 figures for the nation, régions and départements; Pôle emploi's 2020 classes for bassins (Mobiville). */
function tensionFigures(
  romeV3: string,
  fiche: NonNullable<ReturnType<Referential['ficheByCode']['get']>>,
  scope: Scope,
  context: MarcheContext,
): { year: string; values: Record<string, unknown>[] } | undefined {
  if (scope.typeTerritoire === 'BASBMO') {
    const row = context.bassins.tension(scope.codeTerritoire, romeV3);
    if (!row) return undefined;
    return {
      year: context.bassins.year,
      values: [
        {
          codeNomenclature: 'PERSPECTIVE',
          libNomenclature: 'Indicateur principal tension',
          valeurPrincipaleNom: String(row.level),
          valeurPrincipaleNombre: row.level,
        },
      ],
    };
  }
  const row = context.tension.rowFor(fiche, scope.typeTerritoire as TensionLevel, scope.codeTerritoire);
  return row
    ? { year: context.tension.year, values: context.tension.figures(row).map((figure) => ({ ...figure })) }
    : undefined;
}

function salaries(request: SandboxRequest, params: Record<string, string>, context: MarcheContext): SandboxResponse {
  const entry = CATALOGUE.find((candidate) => candidate.codeIndicateur === 'SAL_3') as CatalogueEntry;
  const type = params.codeTypeTerritoire;
  if (!entry.listeTypeTerritoire.includes(type)) return notAvailable('Le type de territoire', type);
  const libTerritoire = context.names[type]?.get(params.codeTerritoire);
  if (!libTerritoire) return emptyResponse(204);
  const codeRome = request.query.get('codeRome');
  const fiches = codeRome
    ? [context.referential.ficheByCode.get(codeRome)].filter((f) => f !== undefined)
    : context.referential.fiches;
  if (fiches.length === 0) return noFigure();
  return answer(request, 'salaires', {
    valeursParPeriode: fiches.map((fiche) => ({
      codeTypeTerritoire: type,
      codeTerritoire: params.codeTerritoire,
      libTerritoire,
      codeTypeActivite: 'ROME',
      codeActivite: fiche.code,
      libActivite: fiche.libelle,
      codeTypePeriode: 'ANNEE',
      codePeriode: SALARY_YEAR,
      libPeriode: periodLabel(SALARY_YEAR),
      salaireValeurMontant: generatedSalaries({
        typeTerritoire: type,
        codeTerritoire: params.codeTerritoire,
        activity: fiche.code,
      }),
    })),
  });
}
