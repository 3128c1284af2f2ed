import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDataDir } from '../referential/bundled';
import { parseDelimited } from '../referential/csv';

export const BUNDLED_BASSINS_FILE = 'marche-bassins.json';

/** [code, name, région code, département codes] of one BMO bassin d'emploi. */
export type BassinEntry = [string, string, string, string[]];

/**
 * The BMO-2019 bassins d'emploi and Pôle emploi's tension by ROME v3 code and bassin (Mobiville, 2020).
 * `tension[bassin]` packs its rows as `ROME,offers,jobSeekersABC,class;…` to keep the bundled file small.
 */
export interface BassinDataset {
  year: string;
  bassins: BassinEntry[];
  tension: Record<string, string>;
}

/** One bassin's tension row for a ROME v3 code. */
export interface BassinTension {
  offers: number;
  jobSeekers: number;
  /** 1–5, 5 the strongest. */
  level: number;
}

/** Reads `tensions/mobiville_2020/` of the open-data folder into the bundled shape. */
export function buildBassinDataset(dataDir: string): BassinDataset | undefined {
  const folder = join(dataDir, 'tensions', 'mobiville_2020');
  const lexique = join(folder, 'lexique-bassins.csv');
  const tensions = join(folder, 'cities-tension-utf8.csv');
  if (!existsSync(lexique) || !existsSync(tensions)) return undefined;

  const bassins = new Map<string, BassinEntry>();
  const [lexiqueHeader, ...lexiqueRows] = parseDelimited(readFileSync(lexique, 'utf8'));
  const col = (name: string) => lexiqueHeader.indexOf(name);
  const [reg, dep, be, nom] = [col('REG'), col('DEP'), col('BE19'), col('NOMBE19')];
  for (const row of lexiqueRows) {
    const code = row[be];
    if (!code) continue;
    const entry = bassins.get(code) ?? [code, row[nom], row[reg].padStart(2, '0'), []];
    if (!entry[3].includes(row[dep])) entry[3].push(row[dep]);
    bassins.set(code, entry);
  }

  const tension: Record<string, string[]> = {};
  let year = '';
  const [tensionHeader, ...tensionRows] = parseDelimited(readFileSync(tensions, 'utf8'), ';');
  const t = (name: string) => tensionHeader.indexOf(name);
  const [annee, rome, cbassin, oee, defm, ind] = ['annee', 'ROME', 'cbassin', 'oee', 'defm_abc', 'ind_tension_d'].map(
    t,
  );
  for (const row of tensionRows) {
    if (!bassins.has(row[cbassin])) continue;
    year ||= row[annee];
    (tension[row[cbassin]] ??= []).push([row[rome], row[oee], row[defm], row[ind]].join(','));
  }
  const sorted = [...bassins.values()].sort((a, b) => a[0].localeCompare(b[0]));
  for (const entry of sorted) entry[3].sort();
  return {
    year,
    bassins: sorted,
    tension: Object.fromEntries(Object.entries(tension).map(([code, rows]) => [code, rows.join(';')])),
  };
}

/** The bundled bassins, indexed for the routes. */
export class Bassins {
  readonly year: string;
  readonly names = new Map<string, string>();
  private readonly packed: Record<string, string>;
  private readonly unpacked = new Map<string, Map<string, BassinTension>>();

  constructor(dataset: BassinDataset) {
    this.year = dataset.year;
    for (const [code, name] of dataset.bassins) this.names.set(code, name);
    this.packed = dataset.tension;
  }

  static bundled(): Bassins {
    const path = join(bundledDataDir(), BUNDLED_BASSINS_FILE);
    return new Bassins(JSON.parse(readFileSync(path, 'utf8')) as BassinDataset);
  }

  tension(bassin: string, romeV3: string): BassinTension | undefined {
    let rows = this.unpacked.get(bassin);
    if (!rows) {
      rows = new Map();
      for (const packed of (this.packed[bassin] ?? '').split(';')) {
        const [rome, offers, jobSeekers, level] = packed.split(',');
        if (rome) rows.set(rome, { offers: Number(offers), jobSeekers: Number(jobSeekers), level: Number(level) });
      }
      this.unpacked.set(bassin, rows);
    }
    return rows.get(romeV3);
  }
}
