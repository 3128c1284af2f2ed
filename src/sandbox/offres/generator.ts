import type { AppellationRecord, FicheRecord, Referential } from '../referential/model';
import type { DepartementPool } from '../territories/departement-pool';
import { encodeOfferId, type OfferOrigin } from './offer-ids';
import type { OfferRecord } from './offer-record';
import { Prng } from './prng';
import { normaliseText, stripAccents } from './text';
import { offersPerMillion, PARTNER_SHARE } from './volumes';

/** The sandbox's "today" for offers: creation dates fall in the 60 days before it, and publieeDepuis counts from it. */
export const OFFERS_REFERENCE_DATE = Date.UTC(2026, 5, 15, 6, 0, 0);
export const DAY_MS = 86_400_000;
const PUBLICATION_WINDOW_DAYS = 60;

/** Shares of offers whose appellation label is slightly altered / absent from the referential; the rest are exact. */
const ALTERED_LABEL_SHARE = 0.02;
const UNLISTED_LABEL_SHARE = 0.03;

interface FicheMaterial {
  fiche: FicheRecord;
  appellations: AppellationRecord[];
  appellationWeights: number[];
  /** Savoir-faire an employer may list; savoir-être go to qualitesProfessionnelles instead. */
  skills: string[];
  offersPerMillion: number;
}

export class OfferGenerator {
  private readonly fiches: FicheMaterial[];
  private readonly knownLabels: Set<string>;

  constructor(private readonly referential: Referential) {
    this.fiches = [...referential.fiches]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((fiche) => {
        const appellations = fiche.appellations.flatMap((code) => referential.appellationByCode.get(code) ?? []);
        return {
          fiche,
          appellations,
          appellationWeights: appellations.map((a) => (a.classification === 'PRINCIPALE' ? 4 : 1)),
          skills: fiche.competences.filter(
            (code) => referential.competenceByCode.get(code)?.type !== 'MACRO-SAVOIR-ETRE-PROFESSIONNEL',
          ),
          offersPerMillion: offersPerMillion(fiche),
        };
      })
      .filter((material) => material.appellations.length > 0);
    this.knownLabels = new Set(
      referential.appellations.flatMap((a) => [normaliseText(a.libelle), normaliseText(a.libelleCourt)]),
    );
  }

  /** Every offer of a département, fiche by fiche; each (département, fiche) pair has its own seed. */
  generate(pool: DepartementPool): OfferRecord[] {
    if (pool.communes.length === 0) return [];
    const communeWeights = pool.communes.map((c) => c.population ** 0.8);
    const serials: Record<OfferOrigin, number> = { '1': 0, '2': 0 };
    const records: OfferRecord[] = [];
    for (const material of this.fiches) {
      const prng = Prng.fromKey(`offres|${pool.code}|${material.fiche.code}`);
      const expected = (material.offersPerMillion * pool.population) / 1_000_000;
      const count = Math.floor(expected) + (prng.chance(expected - Math.floor(expected)) ? 1 : 0);
      for (let i = 0; i < count; i++) {
        const origine: OfferOrigin = prng.chance(PARTNER_SHARE) ? '2' : '1';
        const id = encodeOfferId(origine, pool.index, serials[origine]++);
        const commune = prng.weighted(pool.communes, communeWeights);
        records.push(this.offer(id, origine, material, pool, commune, prng));
      }
    }
    return records;
  }

  private offer(
    id: string,
    origine: OfferOrigin,
    material: FicheMaterial,
    pool: DepartementPool,
    commune: DepartementPool['communes'][number],
    prng: Prng,
  ): OfferRecord {
    const { fiche, appellations } = material;
    const seed = Math.floor(prng.next() * 2 ** 32);
    const createdAt = OFFERS_REFERENCE_DATE - Math.floor(prng.next() * PUBLICATION_WINDOW_DAYS * DAY_MS);
    const updatedAt = createdAt + Math.floor(prng.next() * Math.min(OFFERS_REFERENCE_DATE - createdAt, 10 * DAY_MS));
    const { typeContrat, contractMonths } = this.contract(fiche, prng);
    const natureRoll = prng.next();
    const natureContrat =
      typeContrat === 'CDD' && natureRoll < 0.15 ? 'E2' : typeContrat === 'CDD' && natureRoll < 0.22 ? 'FS' : 'E1';
    const experienceExige = prng.weighted(['D', 'E', 'S'] as const, fiche.emploiCadre ? [30, 60, 10] : [50, 35, 15]);
    const experienceYears = experienceExige === 'D' ? 0 : prng.weighted([1, 2, 3, 5, 7], [25, 30, 20, 15, 10]);
    const qualificationCode = origine === '1' || prng.chance(0.2) ? this.qualification(fiche, prng) : undefined;

    const chosen = prng.weighted(appellations, material.appellationWeights);
    const labelRoll = prng.next();
    let appellationLibelle = chosen.libelle;
    let titleBase = chosen.libelleCourt || chosen.libelle;
    if (labelRoll < UNLISTED_LABEL_SHARE) {
      appellationLibelle = this.unlistedTitle(fiche, chosen);
      titleBase = appellationLibelle;
    } else if (labelRoll < UNLISTED_LABEL_SHARE + ALTERED_LABEL_SHARE) {
      appellationLibelle = alteredLabel(chosen.libelle, prng);
    }
    const titleRoll = prng.next();
    const intitule =
      titleRoll < 0.55
        ? `${titleBase} (H/F)`
        : titleRoll < 0.8
          ? appellationLibelle === chosen.libelle
            ? chosen.libelle
            : `${titleBase} (H/F)`
          : `${titleBase} ${experienceExige === 'D' ? 'junior' : experienceYears >= 5 ? 'senior' : 'confirmé'} (H/F)`;

    const competenceCodes: string[] = [];
    if (origine === '1') {
      competenceCodes.push(
        ...prng.sample(material.skills, prng.int(3, 8)),
        ...prng.sample(fiche.savoirs, prng.int(0, 3)),
      );
    }

    return {
      id,
      origine,
      seed,
      romeCode: fiche.code,
      departement: pool.code,
      region: pool.region,
      commune,
      createdAt,
      updatedAt,
      typeContrat,
      contractMonths,
      natureContrat,
      experienceExige,
      experienceYears,
      qualificationCode,
      appellationLibelle,
      appellationCode: chosen.code,
      intitule,
      competenceCodes,
    };
  }

  private contract(fiche: FicheRecord, prng: Prng): { typeContrat: string; contractMonths?: number } {
    const grandDomaine = fiche.code[0];
    const weights =
      grandDomaine === 'M'
        ? { CDI: 70, CDD: 12, MIS: 14, DIN: 3, LIB: 1, SAI: 0 }
        : grandDomaine === 'G'
          ? { CDI: 40, CDD: 25, MIS: 15, DIN: 2, LIB: 0, SAI: 18 }
          : { CDI: 45, CDD: 28, MIS: 22, DIN: 3, LIB: 1, SAI: 1 };
    const codes = Object.keys(weights) as (keyof typeof weights)[];
    const typeContrat = prng.weighted(
      codes,
      codes.map((c) => weights[c]),
    );
    const contractMonths =
      typeContrat === 'CDD'
        ? prng.pick([3, 6, 6, 12, 12, 18, 24])
        : typeContrat === 'MIS'
          ? prng.pick([1, 1, 2, 3, 6])
          : typeContrat === 'SAI'
            ? prng.pick([2, 3, 4, 6])
            : undefined;
    return { typeContrat, contractMonths };
  }

  private qualification(fiche: FicheRecord, prng: Prng): string {
    if (fiche.emploiCadre) return prng.weighted(['9', '8', '7'], [80, 8, 12]);
    switch (fiche.code[0]) {
      case 'M':
        return prng.weighted(['9', '7', '8', '6'], [45, 30, 10, 15]);
      case 'F':
      case 'N':
        return prng.weighted(['2', '3', '4', '6'], [20, 40, 25, 15]);
      case 'J':
        return prng.weighted(['6', '7', '5'], [60, 25, 15]);
      default:
        return prng.weighted(['5', '6', '3'], [35, 55, 10]);
    }
  }

  /**
   * A title feeds may still use but the referential no longer lists: the former ROME v3 fiche label when it is
   * not an appellation any more, else a free-form variant of the appellation.
   */
  private unlistedTitle(fiche: FicheRecord, chosen: AppellationRecord): string {
    const candidates = [
      this.referential.tensions.romeV3Labels[fiche.codeRomeParent],
      `${chosen.libelleCourt || chosen.libelle} polyvalent`,
      `Poste de ${(chosen.libelleCourt || chosen.libelle).toLowerCase()}`,
    ];
    return (
      candidates.find((label) => label && !this.knownLabels.has(normaliseText(label))) ??
      `${chosen.libelle} - poste polyvalent`
    );
  }
}

/** The same label as a feed may garble it: capitals, a typographic apostrophe, or accents dropped. */
function alteredLabel(label: string, prng: Prng): string {
  const variants = [label.toUpperCase(), label.replace(/'/g, '’'), stripAccents(label)].filter((v) => v !== label);
  return variants.length ? prng.pick(variants) : label.toUpperCase();
}
