import type { Referential } from '../referential/model';
import { loadCommunes, loadDepartements, loadRegions } from '../territories/communes';
import {
  allNafCodes,
  CONTINENTS,
  CONTRACT_TYPES,
  COUNTRIES,
  DRIVING_LICENCES,
  LANGUAGES,
  NATURES_CONTRAT,
  TRAINING_LEVELS,
} from './vocabulary';

type Item = Record<string, unknown> & { code: string };

/** The 16 `/v2/referentiel/{name}` lists (upstream-apis §3.5), each built on first use and kept. */
export class OffresReferentials {
  private readonly built = new Map<string, Item[]>();
  private readonly builders: Record<string, () => Item[]>;

  constructor(referential: Referential) {
    const plain = (list: { code: string; libelle: string }[]) => list.map(({ code, libelle }) => ({ code, libelle }));
    this.builders = {
      communes: () =>
        loadCommunes()
          .filter((c) => c.type === 'commune-actuelle' && c.departement)
          .map((c) => ({
            code: c.code,
            libelle: c.nom.toUpperCase(),
            codePostal: c.codesPostaux?.[0] ?? '',
            codeDepartement: c.departement!,
          })),
      departements: () => {
        const regions = new Map(loadRegions().map((r) => [r.code, r.nom]));
        return loadDepartements().map((d) => ({
          code: d.code,
          libelle: d.nom,
          region: { code: d.region, libelle: regions.get(d.region) ?? '' },
        }));
      },
      regions: () => loadRegions().map((r) => ({ code: r.code, libelle: r.nom })),
      pays: () => plain(COUNTRIES),
      continents: () => plain(CONTINENTS),
      nafs: () => plain(allNafCodes()),
      secteursActivites: () => plain(referential.divisionsNaf),
      domaines: () => plain(referential.domainesProfessionnels),
      metiers: () => referential.fiches.map((f) => ({ code: f.code, libelle: f.libelle })),
      appellations: () => plain(referential.appellations),
      themes: () => plain(referential.themes),
      typesContrats: () => plain(CONTRACT_TYPES),
      naturesContrats: () => Object.entries(NATURES_CONTRAT).map(([code, libelle]) => ({ code, libelle })),
      niveauxFormations: () => plain(TRAINING_LEVELS),
      permis: () => plain(DRIVING_LICENCES),
      langues: () => plain(LANGUAGES),
    };
  }

  get names(): string[] {
    return Object.keys(this.builders);
  }

  list(name: string): Item[] {
    let items = this.built.get(name);
    if (!items) {
      items = this.builders[name]();
      this.built.set(name, items);
    }
    return items;
  }

  /** Whether `code` is on the list (used to validate search parameters as upstream does). */
  has(name: string, code: string): boolean {
    let codes = this.codeSets.get(name);
    if (!codes) {
      codes = new Set(this.list(name).map((item) => item.code));
      this.codeSets.set(name, codes);
    }
    return codes.has(code);
  }

  private readonly codeSets = new Map<string, Set<string>>();
}
