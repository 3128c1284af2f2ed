import { loadCommunes, loadDepartements, type CommuneEntry, type DepartementEntry } from './communes';

export interface WorkplaceCommune {
  code: string;
  nom: string;
  codePostal: string;
  population: number;
}

export interface DepartementPool {
  code: string;
  nom: string;
  region: string;
  /** Index in the sorted list of départements; part of offer ids. */
  index: number;
  population: number;
  /** The most populous communes, where generated offers are placed (weighted by population). */
  communes: WorkplaceCommune[];
}

/** Offers go to the largest communes of a département: most job offers are in towns. */
const WORKPLACES_PER_DEPARTEMENT = 40;

let pools: DepartementPool[] | undefined;

export function listDepartementPools(): DepartementPool[] {
  if (pools) return pools;
  const byDepartement = new Map<string, CommuneEntry[]>();
  for (const commune of loadCommunes()) {
    if (commune.type !== 'commune-actuelle' || !commune.departement) continue;
    const list = byDepartement.get(commune.departement) ?? [];
    list.push(commune);
    byDepartement.set(commune.departement, list);
  }
  const departements: DepartementEntry[] = loadDepartements().sort((a, b) => a.code.localeCompare(b.code));
  pools = departements.map((d, index) => {
    const communes = byDepartement.get(d.code) ?? [];
    const workplaces = communes
      .filter((c) => (c.population ?? 0) > 0 && c.codesPostaux?.length)
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code))
      .slice(0, WORKPLACES_PER_DEPARTEMENT)
      .map((c) => ({ code: c.code, nom: c.nom, codePostal: c.codesPostaux![0], population: c.population ?? 0 }));
    return {
      code: d.code,
      nom: d.nom,
      region: d.region,
      index,
      population: communes.reduce((sum, c) => sum + (c.population ?? 0), 0),
      communes: workplaces,
    };
  });
  return pools;
}
