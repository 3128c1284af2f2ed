import { header, type SandboxRequest } from '../http/request';
import { jsonResponse, type SandboxResponse } from '../http/response';
import type { Referential, TensionLevel } from '../referential/model';
import { loadDepartements, loadRegions } from '../territories/communes';
import type { ApiRoute } from '../routing';
import { TensionFigures } from './tension';
import { toXml } from './xml';

const BASE = '/stats-offres-demandes-emploi/v1';
const INDICATOR = { codeIndicateur: 'PERSP_2', libIndicateur: 'Tensions sur le marché du travail' };
/** Date of the Dares publication the figures come from. */
const FIGURES_UPDATED_ON = '2021-04-27';
const NATIONAL = { code: 'FR', libelle: 'France' };

const error = (status: number, message: string) => jsonResponse(status, { message });
const notAvailable = (what: string, value: string) =>
  error(400, `${what} « ${value} » n'est pas disponible pour cet indicateur.`);
const noFigure = () => error(500, "Le serveur n'a pas pu trouver la liste des valeurs pour les critères demandés.");

export function marcheRoutes(referential: Referential): ApiRoute[] {
  const figures = new TensionFigures(referential);
  let territoryNames: Record<TensionLevel, Map<string, string>> | undefined;
  const territories = () =>
    (territoryNames ??= {
      NAT: new Map([[NATIONAL.code, NATIONAL.libelle]]),
      REG: new Map(loadRegions().map((r) => [r.code, r.nom])),
      DEP: new Map(loadDepartements().map((d) => [d.code, d.nom])),
    });

  return [
    {
      api: 'marche',
      method: 'POST',
      template: `${BASE}/indicateur/stat-perspective-employeur`,
      handle: (request) => tensionIndicator(request, referential, figures, territories()),
    },
    {
      api: 'marche',
      method: 'GET',
      template: `${BASE}/referentiel/territoires/{codeTypeTerritoire}`,
      handle: (_request, params) => {
        const type = params.codeTypeTerritoire as TensionLevel;
        const names = territories()[type];
        if (!names) return notAvailable('Le type de territoire', params.codeTypeTerritoire);
        return jsonResponse(200, {
          territoires: [...names].map(([codeTerritoire, libelleTerritoire]) => ({
            codeTypeTerritoire: type,
            codeTerritoire,
            libelleTerritoire,
          })),
        });
      },
    },
  ];
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
}

function tensionIndicator(
  request: SandboxRequest,
  referential: Referential,
  figures: TensionFigures,
  territories: Record<TensionLevel, Map<string, string>>,
): SandboxResponse {
  let criteria: Criteria;
  try {
    criteria = JSON.parse(request.body || 'null') as Criteria;
  } catch {
    return error(400, 'Le corps de la requête est mal formé.');
  }
  if (!criteria || typeof criteria !== 'object') return error(400, 'Le corps de la requête est mal formé.');
  for (const field of [
    'codeTypeTerritoire',
    'codeTerritoire',
    'codeTypeActivite',
    'codeActivite',
    'codeTypePeriode',
  ] as const) {
    if (typeof criteria[field] !== 'string' || criteria[field] === '')
      return error(400, `Le critère « ${field} » est obligatoire.`);
  }
  const typeTerritoire = criteria.codeTypeTerritoire as string;
  const codeTerritoire = criteria.codeTerritoire as string;
  const typeActivite = criteria.codeTypeActivite as string;
  const codeActivite = criteria.codeActivite as string;
  if (criteria.codeTypePeriode !== 'ANNEE') return notAvailable('Le type de période', String(criteria.codeTypePeriode));
  if (!(typeTerritoire in territories)) return notAvailable('Le type de territoire', typeTerritoire);
  if (typeActivite !== 'ROME') return notAvailable("Le type d'activité", typeActivite);
  if (criteria.codeTypeNomenclature !== undefined && criteria.codeTypeNomenclature !== 'TYPE_TENSION') {
    return notAvailable('La nomenclature', String(criteria.codeTypeNomenclature));
  }

  const level = typeTerritoire as TensionLevel;
  const fiche = referential.ficheByCode.get(codeActivite);
  const libTerritoire = territories[level].get(codeTerritoire);
  const row = fiche && libTerritoire ? figures.rowFor(fiche, level, codeTerritoire) : undefined;
  if (!fiche || !libTerritoire || !row) return noFigure();

  const wanted = Array.isArray(criteria.listeCodeNomenclature)
    ? new Set(criteria.listeCodeNomenclature.map(String))
    : undefined;
  const values = figures
    .figures(row)
    .filter((figure) => !wanted || wanted.has(figure.codeNomenclature))
    .map((figure) => ({
      datMaj: FIGURES_UPDATED_ON,
      codeTypeTerritoire: level,
      codeTerritoire,
      libTerritoire,
      codeTypeActivite: 'ROME',
      codeActivite,
      libActivite: fiche.libelle,
      codeTypePeriode: 'ANNEE',
      codePeriode: figures.year,
      libPeriode: `Année ${figures.year}`,
      ...figure,
    }));
  if (values.length === 0) return noFigure();

  const body = { ...INDICATOR, datMaj: FIGURES_UPDATED_ON, listeValeursParPeriode: values };
  // Upstream answers XML unless JSON is asked for explicitly.
  if ((header(request, 'accept') ?? '').includes('application/json')) return jsonResponse(200, body);
  return { status: 200, headers: { 'Content-Type': 'application/xml;charset=UTF-8' }, body: toXml('indicateur', body) };
}
