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
import { TRAINING_LEVELS } from './vocabulary';

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
  private readonly rendered = new WeakMap<OfferRecord, PublishedOffer>();

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
    if (query.typeContrat || query.natureContrat) {
      // Upstream combines the two contract criteria with OR.
      const types = query.typeContrat;
      const natures = query.natureContrat;
      checks.push((r) => Boolean(types?.has(r.typeContrat) || natures?.has(r.natureContrat)));
    }
    if (query.publieeDepuis !== undefined) {
      const since = OFFERS_REFERENCE_DATE - query.publieeDepuis * DAY_MS;
      checks.push((r) => r.createdAt >= since);
    }
    if (query.experience) checks.push((r) => experienceClass(r) === query.experience);
    if (query.experienceExigence) checks.push((r) => r.experienceExige === query.experienceExigence);
    if (query.qualification) checks.push((r) => (query.qualification === '9') === (r.qualificationCode === '9'));
    if (query.origineOffre) checks.push((r) => r.origine === query.origineOffre);
    this.addCatalogueChecks(query, checks);
    this.addRenderedChecks(query, checks);
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

  /** Criteria the record answers: appellation, domains, theme, creation window, contract duration. */
  private addCatalogueChecks(query: OfferSearchQuery, checks: ((record: OfferRecord) => boolean)[]): void {
    const fiche = (r: OfferRecord) => this.referential.ficheByCode.get(r.romeCode);
    if (query.appellation) checks.push((r) => r.appellationCode === query.appellation);
    if (query.domaine) checks.push((r) => r.romeCode.startsWith(query.domaine!));
    if (query.grandDomaine) checks.push((r) => r.romeCode.startsWith(query.grandDomaine!));
    if (query.theme) checks.push((r) => fiche(r)?.themes.includes(query.theme!) ?? false);
    // Every generated offer is in France.
    if (query.paysContinent) checks.push(() => query.paysContinent === '01');
    if (query.minCreationDate !== undefined) checks.push((r) => r.createdAt >= query.minCreationDate!);
    if (query.maxCreationDate !== undefined) checks.push((r) => r.createdAt <= query.maxCreationDate!);
    if (query.dureeContratMin !== undefined) checks.push((r) => (r.contractMonths ?? 0) >= query.dureeContratMin!);
    if (query.dureeContratMax !== undefined)
      checks.push((r) => r.contractMonths !== undefined && r.contractMonths <= query.dureeContratMax!);
    // No generated offer recruits by simulation.
    if (query.offresMRS) checks.push(() => false);
  }

  /** Criteria only the published offer answers (drawn from its seed): rendered once per offer and kept. */
  private addRenderedChecks(query: OfferSearchQuery, checks: ((record: OfferRecord) => boolean)[]): void {
    const on = (test: (offer: PublishedOffer) => boolean) => checks.push((r) => test(this.published(r)));
    if (query.codeNAF) on((o) => query.codeNAF!.has(o.codeNAF ?? ''));
    if (query.secteurActivite) on((o) => query.secteurActivite!.has(o.secteurActivite ?? ''));
    if (query.tempsPlein !== undefined)
      on((o) => o.dureeTravailLibelleConverti === (query.tempsPlein ? 'Temps plein' : 'Temps partiel'));
    if (query.dureeHebdo)
      on((o) => o.dureeTravailLibelleConverti === (query.dureeHebdo === '1' ? 'Temps plein' : 'Temps partiel'));
    if (query.dureeHebdoMin !== undefined)
      on((o) => weeklyMinutes(o) !== undefined && weeklyMinutes(o)! >= query.dureeHebdoMin!);
    if (query.dureeHebdoMax !== undefined)
      on((o) => weeklyMinutes(o) !== undefined && weeklyMinutes(o)! <= query.dureeHebdoMax!);
    if (query.niveauFormation) {
      const label = TRAINING_LEVELS.find((l) => l.code === query.niveauFormation)?.libelle;
      on((o) => (o.formations ?? []).some((f) => f.niveauLibelle === label));
    }
    if (query.permis) on((o) => (o.permis ?? []).some((p) => p.libelle.startsWith(`${query.permis} - `)));
    if (query.salaireMin !== undefined) on((o) => salaryAtLeast(o, query.salaireMin!, query.periodeSalaire!));
    if (query.accesTravailleurHandicape !== undefined)
      on((o) => (o.accessibleTH === true) === query.accesTravailleurHandicape);
    if (query.entreprisesAdaptees !== undefined)
      on((o) => (o.entrepriseAdaptee === true) === query.entreprisesAdaptees);
    if (query.employeursHandiEngages !== undefined)
      on((o) => (o.employeurHandiEngage === true) === query.employeursHandiEngages);
    if (query.offresManqueCandidats !== undefined)
      on((o) => (o.offresManqueCandidats === true) === query.offresManqueCandidats);
    if (query.partenaires) {
      const exclude = query.modeSelectionPartenaires === 'EXCLU';
      on((o) => {
        const named = (o.origineOffre.partenaires ?? []).some((p) => query.partenaires!.has(p.nom));
        return exclude ? !named : named;
      });
    }
  }

  private published(record: OfferRecord): PublishedOffer {
    let offer = this.rendered.get(record);
    if (!offer) {
      offer = renderOffer(record, this.referential, this.positions()) as unknown as PublishedOffer;
      this.rendered.set(record, offer);
    }
    return offer;
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

/** The fields of a published offer the rendered checks read. */
interface PublishedOffer {
  codeNAF?: string;
  secteurActivite?: string;
  dureeTravailLibelle?: string;
  dureeTravailLibelleConverti?: string;
  formations?: { niveauLibelle: string }[];
  permis?: { libelle: string }[];
  salaire: { libelle?: string };
  accessibleTH?: boolean;
  entrepriseAdaptee?: boolean;
  employeurHandiEngage?: boolean;
  offresManqueCandidats?: boolean;
  origineOffre: { partenaires?: { nom: string }[] };
}

function weeklyMinutes(offer: PublishedOffer): number | undefined {
  const match = /^(\d+)H(\d{2})?/.exec(offer.dureeTravailLibelle ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2] ?? 0) : undefined;
}

const PERIODS: Record<string, string> = { M: 'Mensuel', A: 'Annuel', H: 'Horaire', C: 'Cachet' };

/** Compares the upper amount of a published salary ("Mensuel de 1900.0 Euros à 2300.0 Euros …") in its own period. */
function salaryAtLeast(offer: PublishedOffer, amount: number, period: string): boolean {
  const label = offer.salaire.libelle ?? '';
  if (!label.startsWith(PERIODS[period])) return false;
  const amounts = [...label.matchAll(/(\d+(?:\.\d+)?) Euros/g)].map((m) => Number(m[1]));
  return amounts.length > 0 && Math.max(...amounts) >= amount;
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
