import { loadDepartements, loadRegions } from '../territories/communes';
import type { OffresReferentials } from './referentials';
import { normaliseText } from './text';
import { CONTRACT_TYPE_CODES, NATURES_CONTRAT } from './vocabulary';

/** The `offres/search` criteria the sandbox honours (upstream-apis §3.2); other parameters are ignored, as upstream does. */
export interface OfferSearchQuery {
  range: { start: number; end: number };
  sort: 0 | 1 | 2;
  codeROME?: Set<string>;
  departements?: string[];
  communes?: string[];
  distance?: number;
  region?: string;
  typeContrat?: Set<string>;
  natureContrat?: Set<string>;
  /** Normalised keywords, all required. */
  motsCles?: string[];
  publieeDepuis?: number;
  experience?: string;
  experienceExigence?: string;
  qualification?: string;
  origineOffre?: string;
  appellation?: string;
  domaine?: string;
  grandDomaine?: string;
  theme?: string;
  codeNAF?: Set<string>;
  secteurActivite?: Set<string>;
  paysContinent?: string;
  inclureLimitrophes?: boolean;
  tempsPlein?: boolean;
  dureeHebdo?: string;
  /** Minutes per week. */
  dureeHebdoMin?: number;
  dureeHebdoMax?: number;
  dureeContratMin?: number;
  dureeContratMax?: number;
  niveauFormation?: string;
  permis?: string;
  salaireMin?: number;
  periodeSalaire?: string;
  minCreationDate?: number;
  maxCreationDate?: number;
  accesTravailleurHandicape?: boolean;
  entreprisesAdaptees?: boolean;
  employeursHandiEngages?: boolean;
  offresMRS?: boolean;
  offresManqueCandidats?: boolean;
  partenaires?: Set<string>;
  modeSelectionPartenaires?: 'INCLUS' | 'EXCLU';
}

const GRANDS_DOMAINES = new Set('A B C C15 D E F G H I J K L L14 M M13 M14 M15 M16 M17 M18 N'.split(' '));

export class OfferSearchError extends Error {}

export const MAX_RANGE_WINDOW = 150;
export const MAX_RANGE_START = 3000;
export const MAX_RANGE_END = 3149;
const MAX_ROME_CODES = 200;
const MAX_LOCATIONS = 5;
const MAX_KEYWORDS = 7;
const PUBLICATION_WINDOWS = new Set([1, 3, 7, 14, 31]);

const invalidValue = (name: string) => new OfferSearchError(`Valeur du paramètre « ${name} » incorrecte.`);
const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

let territoryCodes: { departements: Set<string>; regions: Set<string> } | undefined;
function knownTerritories() {
  territoryCodes ??= {
    departements: new Set(loadDepartements().map((d) => d.code)),
    regions: new Set(loadRegions().map((r) => r.code)),
  };
  return territoryCodes;
}

/** Validates like the real API, with its French messages (upstream-apis §3.3). */
export function parseOfferSearch(params: URLSearchParams, referentials: OffresReferentials): OfferSearchQuery {
  const query: OfferSearchQuery = { range: parseRange(params.get('range')), sort: 0 };
  const get = (name: string) => {
    const value = params.get(name);
    return value === null || value.trim() === '' ? undefined : value.trim();
  };

  const sort = get('sort');
  if (sort !== undefined) {
    if (!['0', '1', '2'].includes(sort))
      throw new OfferSearchError('Format du paramètre « sort » incorrect. 0, 1 ou 2 attendu.');
    query.sort = Number(sort) as 0 | 1 | 2;
  }

  const codeROME = get('codeROME');
  if (codeROME !== undefined) {
    const codes = list(codeROME);
    if (codes.length > MAX_ROME_CODES || codes.some((c) => !/^[A-N]\d{4}$/.test(c))) throw invalidValue('codeROME');
    query.codeROME = new Set(codes);
  }

  const departement = get('departement');
  if (departement !== undefined) {
    const codes = list(departement);
    if (codes.length > MAX_LOCATIONS || codes.some((c) => !knownTerritories().departements.has(c)))
      throw invalidValue('departement');
    query.departements = codes;
  }

  const commune = get('commune');
  if (commune !== undefined) {
    const codes = list(commune);
    if (codes.length > MAX_LOCATIONS || codes.some((c) => !/^(\d{5}|2[AB]\d{3})$/.test(c)))
      throw invalidValue('commune');
    query.communes = codes;
  }

  const distance = get('distance');
  if (distance !== undefined) {
    if (!/^\d+$/.test(distance))
      throw new OfferSearchError('Format du paramètre « distance » incorrect. Entier attendu.');
    query.distance = Number(distance);
  }

  const region = get('region');
  if (region !== undefined) {
    if (!knownTerritories().regions.has(region)) throw invalidValue('region');
    query.region = region;
  }

  const typeContrat = get('typeContrat');
  if (typeContrat !== undefined) {
    const codes = list(typeContrat);
    if (codes.some((c) => !CONTRACT_TYPE_CODES.has(c))) throw invalidValue('typeContrat');
    query.typeContrat = new Set(codes);
  }

  const natureContrat = get('natureContrat');
  if (natureContrat !== undefined) {
    const codes = list(natureContrat);
    if (codes.some((c) => !(c in NATURES_CONTRAT))) throw invalidValue('natureContrat');
    query.natureContrat = new Set(codes);
  }

  const motsCles = get('motsCles');
  if (motsCles !== undefined) {
    const keywords = list(motsCles);
    const allowed = /^[\p{L}0-9 @#$%^&+./"-]+$/u;
    if (
      keywords.length === 0 ||
      keywords.length > MAX_KEYWORDS ||
      keywords.some((k) => k.length < 2 || !allowed.test(k))
    ) {
      throw new OfferSearchError(
        "Format du paramètre « motsCles » incorrect. 7 mots-clé au maximum séparés par des virgules et d'au moins 2 caractères.",
      );
    }
    query.motsCles = keywords.map(normaliseText);
  }

  const publieeDepuis = get('publieeDepuis');
  if (publieeDepuis !== undefined) {
    if (!/^\d+$/.test(publieeDepuis) || !PUBLICATION_WINDOWS.has(Number(publieeDepuis))) {
      throw new OfferSearchError('Format du paramètre « publieeDepuis » incorrect. 1, 3, 7, 14 ou 31 attendu.');
    }
    query.publieeDepuis = Number(publieeDepuis);
  }

  const experience = get('experience');
  if (experience !== undefined) {
    if (!['0', '1', '2', '3'].includes(experience))
      throw new OfferSearchError('Format du paramètre « experience » incorrect. 0, 1, 2 ou 3 attendu.');
    if (experience !== '0') query.experience = experience;
  }

  const experienceExigence = get('experienceExigence');
  if (experienceExigence !== undefined) {
    if (!['D', 'E', 'S'].includes(experienceExigence)) {
      throw new OfferSearchError('Format du paramètre « experienceExigence » incorrect. D, E ou S attendu.');
    }
    query.experienceExigence = experienceExigence;
  }

  const qualification = get('qualification');
  if (qualification !== undefined) {
    if (!['0', '9'].includes(qualification))
      throw new OfferSearchError('Format du paramètre « qualification » incorrect. 0 ou 9 attendu.');
    query.qualification = qualification;
  }

  const origineOffre = get('origineOffre');
  if (origineOffre !== undefined) {
    if (!['1', '2'].includes(origineOffre))
      throw new OfferSearchError('Format du paramètre « origineOffre » incorrect. 1 ou 2 attendu.');
    query.origineOffre = origineOffre;
  }

  parseCatalogueCriteria(get, query, referentials);
  parseConditionCriteria(get, query, referentials);
  return query;
}

type Getter = (name: string) => string | undefined;

const booleanFormat = (name: string) =>
  new OfferSearchError(`Format du paramètre « ${name} » incorrect. Booléen attendu.`);

function parseBoolean(get: Getter, name: string): boolean | undefined {
  const value = get(name);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') throw booleanFormat(name);
  return value === 'true';
}

/** What the job is and who publishes it: appellation, domains, theme, NAF, place abroad, partners. */
function parseCatalogueCriteria(get: Getter, query: OfferSearchQuery, referentials: OffresReferentials): void {
  const single = (name: string, referentialName: string, assign: (code: string) => void) => {
    const value = get(name);
    if (value === undefined) return;
    if (!referentials.has(referentialName, value)) throw invalidValue(name);
    assign(value);
  };
  single('appellation', 'appellations', (code) => (query.appellation = code));
  single('domaine', 'domaines', (code) => (query.domaine = code));
  single('theme', 'themes', (code) => (query.theme = code));
  const grandDomaine = get('grandDomaine');
  if (grandDomaine !== undefined) {
    if (!GRANDS_DOMAINES.has(grandDomaine)) throw invalidValue('grandDomaine');
    query.grandDomaine = grandDomaine;
  }
  const codeList = (name: string, referentialName: string, max: number) => {
    const value = get(name);
    if (value === undefined) return undefined;
    const codes = list(value);
    if (codes.length > max || codes.some((c) => !referentials.has(referentialName, c))) throw invalidValue(name);
    return new Set(codes);
  };
  query.codeNAF = codeList('codeNAF', 'nafs', 2);
  query.secteurActivite = codeList('secteurActivite', 'secteursActivites', 2);
  const paysContinent = get('paysContinent');
  if (paysContinent !== undefined) {
    if (!referentials.has('pays', paysContinent) && !referentials.has('continents', paysContinent))
      throw invalidValue('paysContinent');
    query.paysContinent = paysContinent;
  }
  query.inclureLimitrophes = parseBoolean(get, 'inclureLimitrophes');
  const partenaires = get('partenaires');
  if (partenaires !== undefined) query.partenaires = new Set(list(partenaires));
  const mode = get('modeSelectionPartenaires');
  if (mode !== undefined) {
    if (mode !== 'INCLUS' && mode !== 'EXCLU')
      throw new OfferSearchError(
        'Format du paramètre « modeSelectionPartenaires » incorrect. INCLUS ou EXCLU attendu.',
      );
    query.modeSelectionPartenaires = mode;
  }
  const minCreationDate = parseDate(get, 'minCreationDate');
  const maxCreationDate = parseDate(get, 'maxCreationDate');
  if (minCreationDate !== undefined) query.minCreationDate = minCreationDate;
  if (maxCreationDate !== undefined) query.maxCreationDate = maxCreationDate;
  for (const name of [
    'accesTravailleurHandicape',
    'entreprisesAdaptees',
    'employeursHandiEngages',
    'offresMRS',
    'offresManqueCandidats',
  ] as const) {
    const flag = parseBoolean(get, name);
    if (flag !== undefined) query[name] = flag;
  }
}

/** Working conditions: time, duration, training, licence, salary. */
function parseConditionCriteria(get: Getter, query: OfferSearchQuery, referentials: OffresReferentials): void {
  query.tempsPlein = parseBoolean(get, 'tempsPlein');
  const dureeHebdo = get('dureeHebdo');
  if (dureeHebdo !== undefined) {
    if (!['0', '1', '2'].includes(dureeHebdo))
      throw new OfferSearchError('Format du paramètre « dureeHebdo » incorrect. 0, 1 ou 2 attendu.');
    if (dureeHebdo !== '0') query.dureeHebdo = dureeHebdo;
  }
  for (const [name, key] of [
    ['dureeHebdoMin', 'dureeHebdoMin'],
    ['dureeHebdoMax', 'dureeHebdoMax'],
  ] as const) {
    const value = get(name);
    if (value === undefined) continue;
    if (!/^\d{1,4}$/.test(value) || Number(value) % 100 >= 60)
      throw new OfferSearchError(`Format du paramètre « ${name} » incorrect. HHMM attendu.`);
    query[key] = Math.floor(Number(value) / 100) * 60 + (Number(value) % 100);
  }
  for (const name of ['dureeContratMin', 'dureeContratMax'] as const) {
    const value = get(name);
    if (value === undefined) continue;
    const months = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || months > 99)
      throw new OfferSearchError(`Format du paramètre « ${name} » incorrect. Nombre de 0 à 99 attendu.`);
    query[name] = months;
  }
  const niveauFormation = get('niveauFormation');
  if (niveauFormation !== undefined) {
    if (!referentials.has('niveauxFormations', niveauFormation)) throw invalidValue('niveauFormation');
    query.niveauFormation = niveauFormation;
  }
  const permis = get('permis');
  if (permis !== undefined) {
    if (!referentials.has('permis', permis)) throw invalidValue('permis');
    query.permis = permis;
  }
  const salaireMin = get('salaireMin');
  const periodeSalaire = get('periodeSalaire');
  if ((salaireMin === undefined) !== (periodeSalaire === undefined))
    throw new OfferSearchError('Les paramètres « salaireMin » et « periodeSalaire » doivent être renseignés ensemble.');
  if (salaireMin !== undefined && periodeSalaire !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(salaireMin))
      throw new OfferSearchError('Format du paramètre « salaireMin » incorrect. Nombre attendu.');
    if (!['M', 'A', 'H', 'C'].includes(periodeSalaire))
      throw new OfferSearchError('Format du paramètre « periodeSalaire » incorrect. M, A, H ou C attendu.');
    query.salaireMin = Number(salaireMin);
    query.periodeSalaire = periodeSalaire;
  }
}

function parseDate(get: Getter, name: string): number | undefined {
  const value = get(name);
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new OfferSearchError(`Format du paramètre « ${name} » incorrect. yyyy-MM-dd'T'hh:mm:ss'Z' attendu.`);
  return Date.parse(value);
}

function parseRange(value: string | null): { start: number; end: number } {
  if (value === null || value === '') return { start: 0, end: MAX_RANGE_WINDOW - 1 };
  const match = /^(\d+)-(\d+)$/.exec(value.trim());
  if (!match) throw new OfferSearchError('Format du paramètre « range » incorrect. <entier>-<entier> attendu.');
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start > end) throw new OfferSearchError('Format du paramètre « range » incorrect. <entier>-<entier> attendu.');
  if (start > MAX_RANGE_START)
    throw new OfferSearchError(`La position de début doit être inférieure ou égale à ${MAX_RANGE_START}.`);
  if (end > MAX_RANGE_END)
    throw new OfferSearchError(`La position de fin doit être inférieure ou égale à ${MAX_RANGE_END}.`);
  if (end - start + 1 > MAX_RANGE_WINDOW)
    throw new OfferSearchError('La plage de résultats demandée est trop importante.');
  return { start, end };
}
