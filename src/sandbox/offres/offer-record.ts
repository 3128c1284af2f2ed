import type { WorkplaceCommune } from '../territories/departement-pool';
import type { OfferOrigin } from './offer-ids';

/**
 * What the sandbox keeps per generated offer: the fields searches filter, sort and count on. Everything else
 * in the published offer (employer, salary, contact…) is rebuilt from `seed` when the offer is returned.
 */
export interface OfferRecord {
  id: string;
  origine: OfferOrigin;
  seed: number;
  romeCode: string;
  departement: string;
  region: string;
  commune: WorkplaceCommune;
  createdAt: number;
  updatedAt: number;
  typeContrat: string;
  contractMonths?: number;
  /** Code (E1, E2, FS); the published offer carries the label. */
  natureContrat: string;
  experienceExige: 'D' | 'S' | 'E';
  experienceYears: number;
  qualificationCode?: string;
  appellationLibelle: string;
  /** The ROME appellation the offer was written for, whatever label it publishes (the `appellation` criterion). */
  appellationCode: string;
  intitule: string;
  /** Compétence and savoir codes of the fiche the employer asked for (France Travail offers only). */
  competenceCodes: string[];
  /** Normalised intitulé + description, filled on the first keyword search that needs it. */
  searchText?: string;
}

/** The `experience` facet / filter value: 1 = under a year (beginners included), 2 = 1–3 years, 3 = over 3 years. */
export function experienceClass(record: OfferRecord): string {
  if (record.experienceExige === 'D' || record.experienceYears < 1) return '1';
  return record.experienceYears <= 3 ? '2' : '3';
}

/** The `qualification` facet: "9" for managerial jobs, "X" for all others. */
export function qualificationClass(record: OfferRecord): string {
  return record.qualificationCode === '9' ? '9' : 'X';
}

/**
 * Newest first, France Travail offers before partner ones on equal dates, then by id: the order of sort=1, also
 * used for sort=0 (the sandbox has no relevance score) and sort=2 (no distances either).
 */
export function compareOffers(a: OfferRecord, b: OfferRecord): number {
  return b.createdAt - a.createdAt || a.origine.localeCompare(b.origine) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
