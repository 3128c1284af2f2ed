import type { CommunePositions } from '../referential/bundled';
import type { Referential } from '../referential/model';
import { cityOfArrondissement } from '../territories/communes';
import { emptyResponse, jsonResponse, type SandboxResponse } from '../http/response';
import type { OfferCatalog } from './catalog';
import { DAY_MS, OFFERS_REFERENCE_DATE } from './generator';
import { compareOffers, experienceClass, qualificationClass, type OfferRecord } from './offer-record';
import { renderOffer } from './offer-view';
import type { OfferSearchQuery } from './search-params';
import { normaliseText } from './text';

/**
 * Radius searches are approximated without coordinates: below this distance only the commune itself matches,
 * from it on the commune's whole département does (upstream searches by real distance, +30 %).
 */
export const DEPARTEMENT_WIDE_DISTANCE_KM = 30;
const DEFAULT_DISTANCE_KM = 10;

export function departementOfCommune(commune: string): string {
  return commune.startsWith('97') ? commune.slice(0, 3) : commune.slice(0, 2);
}

export class OfferSearch {
  private readonly normalisedPieces = new Map<string, string>();
  private readonly workingTimes = new WeakMap<OfferRecord, string>();

  constructor(
    private readonly catalog: OfferCatalog,
    private readonly referential: Referential,
    private readonly positions: () => CommunePositions,
  ) {}

  /** 206 / 200 / 204 with `Content-Range`, as upstream-apis §3.3 describes. */
  run(query: OfferSearchQuery): SandboxResponse {
    const matches = this.matching(query);
    const total = matches.length;
    const { start } = query.range;
    if (total === 0 || start >= total) return emptyResponse(204, { 'Content-Range': '*/0' });
    const end = Math.min(query.range.end, total - 1);
    const page = matches.slice(start, end + 1);
    const positions = this.positions();
    const body = {
      resultats: page.map((record) => renderOffer(record, this.referential, positions)),
      filtresPossibles: facets(matches),
    };
    return jsonResponse(end < total - 1 ? 206 : 200, body, {
      'Content-Range': `offres ${start}-${end}/${total}`,
      'Accept-Range': 'offres 150',
    });
  }

  matching(query: OfferSearchQuery): OfferRecord[] {
    const matches: OfferRecord[] = [];
    const predicate = this.predicate(query);
    for (const code of this.departementsToScan(query)) {
      const offers = this.catalog.departement(code);
      if (!offers) continue;
      const candidates = query.codeROME
        ? [...query.codeROME].flatMap((rome) => offers.byRome.get(rome) ?? [])
        : offers.all;
      for (const record of candidates) if (predicate(record)) matches.push(record);
    }
    return matches.sort(compareOffers);
  }

  private departementsToScan(query: OfferSearchQuery): string[] {
    let codes = this.catalog.departementPools().map((p) => p.code);
    if (query.departements) codes = codes.filter((c) => query.departements!.includes(c));
    if (query.region) {
      const inRegion = new Set(
        this.catalog
          .departementPools()
          .filter((p) => p.region === query.region)
          .map((p) => p.code),
      );
      codes = codes.filter((c) => inRegion.has(c));
    }
    if (query.communes) {
      const ofCommunes = new Set(query.communes.map(departementOfCommune));
      codes = codes.filter((c) => ofCommunes.has(c));
    }
    return codes;
  }

  private predicate(query: OfferSearchQuery): (record: OfferRecord) => boolean {
    const checks: ((record: OfferRecord) => boolean)[] = [];
    if (query.communes) {
      // Offers sit in whole cities; a Paris, Lyon or Marseille arrondissement finds its whole city, as upstream does.
      const communes = new Set(query.communes.map((code) => cityOfArrondissement(code) ?? code));
      const distance = query.distance ?? DEFAULT_DISTANCE_KM;
      if (distance < DEPARTEMENT_WIDE_DISTANCE_KM) checks.push((r) => communes.has(r.commune.code));
    }
    if (query.appellation) checks.push((r) => r.appellationCode === query.appellation);
    if (query.typeContrat || query.natureContrat) {
      // Upstream combines the two contract criteria with OR.
      const types = query.typeContrat;
      const natures = query.natureContrat;
      checks.push((r) => Boolean(types?.has(r.typeContrat) || natures?.has(r.natureContrat)));
    }
    if (query.tempsPlein !== undefined) {
      const wanted = query.tempsPlein ? 'Temps plein' : 'Temps partiel';
      checks.push((r) => this.workingTime(r) === wanted);
    }
    if (query.publieeDepuis !== undefined) {
      const since = OFFERS_REFERENCE_DATE - query.publieeDepuis * DAY_MS;
      checks.push((r) => r.createdAt >= since);
    }
    if (query.experience) checks.push((r) => experienceClass(r) === query.experience);
    if (query.experienceExigence) checks.push((r) => r.experienceExige === query.experienceExigence);
    if (query.qualification) checks.push((r) => (query.qualification === '9') === (r.qualificationCode === '9'));
    if (query.origineOffre) checks.push((r) => r.origine === query.origineOffre);
    if (query.motsCles) {
      const patterns = query.motsCles.map(
        (k) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(k)}($|[^\\p{L}\\p{N}])`, 'u'),
      );
      checks.push((r) => {
        const text = this.searchText(r);
        return patterns.every((p) => p.test(text));
      });
    }
    return (record) => checks.every((check) => check(record));
  }

  /**
   * What keywords search upstream: intitulé, ROME code and label, compétence labels; the description only counts
   * when the keyword is also in the intitulé or the ROME label, so it adds nothing here.
   */
  private searchText(record: OfferRecord): string {
    if (record.searchText === undefined) {
      const fiche = this.referential.ficheByCode.get(record.romeCode);
      const pieces = [record.intitule, record.romeCode, fiche?.libelle ?? ''];
      for (const code of record.competenceCodes) {
        pieces.push(
          this.referential.competenceByCode.get(code)?.libelle ??
            this.referential.savoirByCode.get(code)?.libelle ??
            '',
        );
      }
      record.searchText = pieces.map((piece) => this.normalised(piece)).join(' | ');
    }
    return record.searchText;
  }

  /**
   * Working time is drawn when an offer is rendered (partner offers often have none, and never match): render each
   * offer once to learn it.
   */
  private workingTime(record: OfferRecord): string | undefined {
    let known = this.workingTimes.get(record);
    if (known === undefined) {
      const rendered = renderOffer(record, this.referential, this.positions());
      known = typeof rendered.dureeTravailLibelleConverti === 'string' ? rendered.dureeTravailLibelleConverti : '';
      this.workingTimes.set(record, known);
    }
    return known;
  }

  /** Labels repeat across offers: normalise each once. */
  private normalised(text: string): string {
    let value = this.normalisedPieces.get(text);
    if (value === undefined) {
      value = normaliseText(text);
      this.normalisedPieces.set(text, value);
    }
    return value;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `filtresPossibles`, counted over the whole result set rather than the returned page. */
function facets(records: OfferRecord[]) {
  const count = (name: string, valueOfRecord: (r: OfferRecord) => string) => {
    const counts = new Map<string, number>();
    for (const record of records) counts.set(valueOfRecord(record), (counts.get(valueOfRecord(record)) ?? 0) + 1);
    return {
      filtre: name,
      agregation: [...counts]
        .sort(([va, a], [vb, b]) => b - a || va.localeCompare(vb))
        .map(([valeurPossible, nbResultats]) => ({ valeurPossible, nbResultats })),
    };
  };
  return [
    count('typeContrat', (r) => r.typeContrat),
    count('experience', experienceClass),
    count('qualification', qualificationClass),
    count('natureContrat', (r) => r.natureContrat),
  ];
}
