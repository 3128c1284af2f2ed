import { Prng } from '../offres/prng';
import type { Referential } from '../referential/model';
import { loadDepartements, loadRegions } from '../territories/communes';

export type Cell = string | number;
export type Row = Record<string, Cell>;

export interface DatastoreField {
  id: string;
  type: 'int' | 'text' | 'numeric';
}

export interface DatastoreTable {
  resourceId: string;
  name: string;
  description: string;
  fields: DatastoreField[];
  rows(): Row[];
}

export interface DatasetEntry {
  id: string;
  name: string;
  title: string;
  notes: string;
  resources: DatastoreTable[];
}

export const ORGANIZATION = { id: 'digidata', name: 'digidata', title: 'France Travail — données ouvertes' };

/**
 * The resources France Travail's Infotravail is known to publish (ids as seen in clients), filled from the
 * sandbox referential. Only the key columns are documented upstream; the figure columns are the sandbox's own
 * (upper-snake like the documented ones) and are served to clients as generic values.
 */
export function infotravailCatalog(referential: Referential): DatasetEntry[] {
  const imt = memo(() => imtRows(referential));
  const bmo = memo(() => bmoRows(referential));
  const offers = memo(() => anonymisedOfferRows(referential));
  return [
    {
      id: 'a4f9e4dd-365e-4542-839c-a93a2448e388',
      name: 'imt',
      title: 'Informations sur le marché du travail',
      notes: 'Statistiques offres et demandes par métier ROME et par zone.',
      resources: [
        {
          resourceId: '266f691f-bce8-4443-808e-8e5aa125cf17',
          name: 'Statistiques offres/demandes par ROME',
          description: 'Offres, demandeurs et taux de tension par fiche ROME et zone (bassin, département, région).',
          fields: [
            { id: 'ROME_PROFESSION_CARD_CODE', type: 'text' },
            { id: 'AREA_TYPE_CODE', type: 'text' },
            { id: 'AREA_CODE', type: 'text' },
            { id: 'NB_OFFERS', type: 'int' },
            { id: 'NB_APPLICANTS', type: 'int' },
            { id: 'TENSION_RATIO', type: 'numeric' },
          ],
          rows: imt,
        },
      ],
    },
    {
      id: '0a1a2c9e-56f8-4bd3-9a7b-6d3b3c5c1d7e',
      name: 'bmo',
      title: "Enquête Besoins en Main-d'Œuvre",
      notes: 'Projets de recrutement par famille professionnelle et bassin.',
      resources: [
        {
          resourceId: '6c74b2b7-8ec5-474a-8706-1069670c2035',
          name: 'Projets de recrutement BMO',
          description: 'Projets de recrutement, difficiles et saisonniers, par FAP et bassin.',
          fields: [
            { id: 'FAP_CODE', type: 'text' },
            { id: 'CATCHMENT_AREA_CODE', type: 'text' },
            { id: 'NB_PROJECTS', type: 'int' },
            { id: 'NB_DIFFICULT_PROJECTS', type: 'int' },
            { id: 'NB_SEASONAL_PROJECTS', type: 'int' },
          ],
          rows: bmo,
        },
      ],
    },
    {
      id: '5b0e7a6c-2f43-4a8e-8c1d-91a9f1b2e3c4',
      name: 'offres',
      title: "Offres d'emploi anonymisées",
      notes: "Offres d'emploi diffusées, sans l'identité des employeurs.",
      resources: [
        {
          resourceId: '421692f5-f342-4223-9c51-72a27dcaf51e',
          name: 'Offres anonymisées',
          description: 'Une ligne par offre : commune, métier, contrat, date.',
          fields: [
            { id: 'OFFER_ID', type: 'text' },
            { id: 'CITY_CODE', type: 'text' },
            { id: 'ROME_PROFESSION_CARD_CODE', type: 'text' },
            { id: 'CONTRACT_TYPE_CODE', type: 'text' },
            { id: 'PUBLICATION_DATE', type: 'text' },
          ],
          rows: offers,
        },
      ],
    },
  ];
}

function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** France, régions and départements, as the IMT tables code them ("F", "R", "D"). */
function areas(): { type: string; code: string }[] {
  return [
    { type: 'F', code: 'FR' },
    ...loadRegions().map((r) => ({ type: 'R', code: r.code })),
    ...loadDepartements().map((d) => ({ type: 'D', code: d.code })),
  ];
}

function imtRows(referential: Referential): Row[] {
  const rows: Row[] = [];
  for (const fiche of referential.fiches) {
    for (const area of areas()) {
      const random = Prng.fromKey(`imt:${fiche.code}:${area.type}:${area.code}`);
      const scale = area.type === 'F' ? 100 : area.type === 'R' ? 8 : 1;
      const offers = Math.floor(random.next() * 60 * scale);
      const applicants = Math.floor(random.next() * 120 * scale) + 1;
      rows.push({
        ROME_PROFESSION_CARD_CODE: fiche.code,
        AREA_TYPE_CODE: area.type,
        AREA_CODE: area.code,
        NB_OFFERS: offers,
        NB_APPLICANTS: applicants,
        TENSION_RATIO: Math.round((offers / applicants) * 100) / 100,
      });
    }
  }
  return rows;
}

/** The sandbox has no employment-area list: départements stand in for BMO's catchment areas. */
function bmoRows(referential: Referential): Row[] {
  const faps = [...new Set(referential.tensions.rows.map((row) => row[0]))].sort();
  const rows: Row[] = [];
  for (const fap of faps) {
    for (const departement of loadDepartements()) {
      const random = Prng.fromKey(`bmo:${fap}:${departement.code}`);
      const projects = Math.floor(random.next() * 400);
      rows.push({
        FAP_CODE: fap,
        CATCHMENT_AREA_CODE: departement.code,
        NB_PROJECTS: projects,
        NB_DIFFICULT_PROJECTS: Math.floor(projects * random.next()),
        NB_SEASONAL_PROJECTS: Math.floor(projects * random.next() * 0.5),
      });
    }
  }
  return rows;
}

const CONTRACTS = ['CDI', 'CDD', 'MIS', 'SAI'];

function anonymisedOfferRows(referential: Referential): Row[] {
  const rows: Row[] = [];
  const fiches = referential.fiches;
  for (const departement of loadDepartements()) {
    const random = Prng.fromKey(`offres-anonymisees:${departement.code}`);
    const count = 5 + Math.floor(random.next() * 20);
    for (let i = 0; i < count; i++) {
      const fiche = fiches[Math.floor(random.next() * fiches.length)];
      const day = 1 + Math.floor(random.next() * 28);
      rows.push({
        OFFER_ID: `A${departement.code}${String(i).padStart(4, '0')}`,
        CITY_CODE: chefLieuOf(departement.code),
        ROME_PROFESSION_CARD_CODE: fiche.code,
        CONTRACT_TYPE_CODE: CONTRACTS[Math.floor(random.next() * CONTRACTS.length)],
        PUBLICATION_DATE: `2026-11-${String(day).padStart(2, '0')}`,
      });
    }
  }
  return rows;
}

/** The département's prefecture commune code, from the INSEE list (chefLieu). */
function chefLieuOf(departement: string): string {
  const entry = loadDepartements().find((d) => d.code === departement) as { chefLieu?: string } | undefined;
  return entry?.chefLieu ?? `${departement}000`.slice(0, 5);
}
