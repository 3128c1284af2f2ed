import type { Referential } from '../referential/model';
import { listDepartementPools, type DepartementPool } from '../territories/departement-pool';
import { OfferGenerator } from './generator';
import { decodeOfferId } from './offer-ids';
import { compareOffers, type OfferRecord } from './offer-record';

export interface DepartementOffers {
  pool: DepartementPool;
  /** Sorted newest first (see compareOffers). */
  all: OfferRecord[];
  byRome: Map<string, OfferRecord[]>;
  byId: Map<string, OfferRecord>;
}

/** Generated offers, one département at a time, each generated once on first use and kept. */
export class OfferCatalog {
  private readonly generator: OfferGenerator;
  private readonly generated = new Map<string, DepartementOffers>();

  constructor(referential: Referential) {
    this.generator = new OfferGenerator(referential);
  }

  departementPools(): DepartementPool[] {
    return listDepartementPools();
  }

  departement(code: string): DepartementOffers | undefined {
    const cached = this.generated.get(code);
    if (cached) return cached;
    const pool = this.departementPools().find((p) => p.code === code);
    if (!pool) return undefined;
    const all = this.generator.generate(pool).sort(compareOffers);
    const byRome = new Map<string, OfferRecord[]>();
    for (const record of all) {
      const list = byRome.get(record.romeCode) ?? [];
      list.push(record);
      byRome.set(record.romeCode, list);
    }
    const offers = { pool, all, byRome, byId: new Map(all.map((r) => [r.id, r])) };
    this.generated.set(code, offers);
    return offers;
  }

  findById(id: string): OfferRecord | undefined {
    const decoded = decodeOfferId(id);
    const pool = decoded && this.departementPools()[decoded.departementIndex];
    return pool ? this.departement(pool.code)?.byId.get(id) : undefined;
  }
}
