import { loadDepartements, loadRegions } from '../territories/communes';
import { normaliseText } from './text';
import { CONTRACT_TYPE_CODES, NATURES_CONTRAT } from './vocabulary';

/** The `offres/search` criteria the sandbox honours (upstream-apis §3.2); other parameters are ignored, as upstream does. */
export interface OfferSearchQuery {
  range: { start: number; end: number };
  sort: 0 | 1 | 2;
  codeROME?: Set<string>;
  /** One ROME appellation code. */
  appellation?: string;
  departements?: string[];
  communes?: string[];
  distance?: number;
  region?: string;
  typeContrat?: Set<string>;
  tempsPlein?: boolean;
  natureContrat?: Set<string>;
  /** Normalised keywords, all required. */
  motsCles?: string[];
  publieeDepuis?: number;
  experience?: string;
  experienceExigence?: string;
  qualification?: string;
  origineOffre?: string;
}

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
export function parseOfferSearch(params: URLSearchParams): OfferSearchQuery {
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

  const appellation = get('appellation');
  if (appellation !== undefined) {
    if (!/^\d{1,6}$/.test(appellation)) throw invalidValue('appellation');
    query.appellation = appellation;
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

  const tempsPlein = get('tempsPlein');
  if (tempsPlein !== undefined) {
    if (tempsPlein !== 'true' && tempsPlein !== 'false')
      throw new OfferSearchError('Format du paramètre « tempsPlein » incorrect. Booléen attendu.');
    query.tempsPlein = tempsPlein === 'true';
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

  return query;
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
