import { readFileSync } from 'node:fs';

/**
 * Territories from the INSEE geography package, read once: no France Travail API serves them in a form a
 * resolver can use, so a team takes the same package. Overseas collectivités are left out, as Marché du travail
 * does not cover them.
 */

export type TerritoryType = 'NATION' | 'REGION' | 'DEPARTEMENT' | 'COMMUNE';

export interface TerritoryObject {
  id: string;
  type: TerritoryType;
  code: string;
  name: string;
  regionCode?: string;
  departementCode?: string;
}

interface Entry {
  code: string;
  nom: string;
  zone: string;
  region?: string;
  departement?: string;
  type?: string;
}

let regions: Map<string, TerritoryObject> | undefined;
let departements: Map<string, TerritoryObject> | undefined;
let communes: Map<string, TerritoryObject> | undefined;

function read(fileName: string): Entry[] {
  return JSON.parse(
    readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${fileName}`), 'utf8'),
  ) as Entry[];
}

const covered = (entry: Entry) => entry.zone === 'metro' || entry.zone === 'drom';

function object(type: TerritoryType, entry: Entry): TerritoryObject {
  return {
    id: `${type}:${entry.code}`,
    type,
    code: entry.code,
    name: entry.nom,
    regionCode: entry.region,
    departementCode: entry.departement,
  };
}

function regionMap(): Map<string, TerritoryObject> {
  regions ??= new Map(
    read('regions.json')
      .filter(covered)
      .map((entry) => [entry.code, object('REGION', entry)]),
  );
  return regions;
}

function departementMap(): Map<string, TerritoryObject> {
  departements ??= new Map(
    read('departements.json')
      .filter(covered)
      .map((entry) => [entry.code, { ...object('DEPARTEMENT', entry), departementCode: undefined }]),
  );
  return departements;
}

function communeMap(): Map<string, TerritoryObject> {
  communes ??= new Map(
    read('communes.json')
      .filter(
        (entry) => covered(entry) && (entry.type === 'commune-actuelle' || entry.type === 'arrondissement-municipal'),
      )
      .map((entry) => [entry.code, object('COMMUNE', entry)]),
  );
  return communes;
}

export const NATION: TerritoryObject = { id: 'NATION:FR', type: 'NATION', code: 'FR', name: 'France' };

export function findTerritory(type: TerritoryType, code: string): TerritoryObject | null {
  switch (type) {
    case 'NATION':
      return code === 'FR' ? NATION : null;
    case 'REGION':
      return regionMap().get(code) ?? null;
    case 'DEPARTEMENT':
      return departementMap().get(code) ?? null;
    case 'COMMUNE':
      return communeMap().get(code) ?? null;
    default:
      return null;
  }
}

export function allRegions(): TerritoryObject[] {
  return [...regionMap().values()];
}

export function departementsOfRegion(regionCode: string): TerritoryObject[] {
  return [...departementMap().values()].filter((departement) => departement.regionCode === regionCode);
}

/** Marché du travail answers for the nation, régions and départements only: a commune asks for its département. */
export function marketTerritory(territory: TerritoryObject): {
  codeTypeTerritoire: 'NAT' | 'REG' | 'DEP';
  codeTerritoire: string;
  answeredFor: TerritoryObject;
} {
  switch (territory.type) {
    case 'NATION':
      return { codeTypeTerritoire: 'NAT', codeTerritoire: 'FR', answeredFor: territory };
    case 'REGION':
      return { codeTypeTerritoire: 'REG', codeTerritoire: territory.code, answeredFor: territory };
    case 'DEPARTEMENT':
      return { codeTypeTerritoire: 'DEP', codeTerritoire: territory.code, answeredFor: territory };
    case 'COMMUNE': {
      const departement = findTerritory('DEPARTEMENT', territory.departementCode ?? '');
      if (!departement) throw new Error(`Commune ${territory.code} has no département`);
      return { codeTypeTerritoire: 'DEP', codeTerritoire: departement.code, answeredFor: departement };
    }
  }
}
