import type { FicheRecord, Referential, TensionLevel, TensionRow } from '../referential/model';
import { tensionKey } from '../referential/model';

/** PERSP_2 nomenclature (upstream-apis §5.2) and the Dares column each one is read from. */
export const TENSION_NOMENCLATURES: { code: string; libelle: string; column?: number }[] = [
  { code: 'PERSPECTIVE', libelle: 'Indicateur principal tension' },
  { code: 'INT_EMB', libelle: "Intensité d'embauche", column: 6 },
  { code: 'COND_TRAVAIL', libelle: 'Conditions de travail', column: 10 },
  { code: 'DUR_EMPL', libelle: "Durabilité de l'emploi", column: 9 },
  { code: 'MAIN_OEUVRE', libelle: "Manque de main d'oeuvre", column: 8 },
  { code: 'MISMATCH_GEO', libelle: 'Inadéquation géographique', column: 11 },
  { code: 'SPECIF_FORM_EMPL', libelle: 'Lien formation - métier', column: 7 },
];

const TENSION_COLUMN = 4;
const CATEGORY_COLUMN = 5;
const EMPLOYMENT_COLUMN = 3;

export interface TensionFigure {
  codeNomenclature: string;
  libNomenclature: string;
  valeurPrincipaleDecimale?: number;
  valeurPrincipaleNom: string;
  valeurPrincipaleNombre?: number;
}

/**
 * Tension of a ROME 4.0 fiche in a territory, from the Dares 2019 figures: fiche → its ROME v3 parent → the FAP
 * codes of that parent → the FAP row for the territory. When several FAPs match, the one employing the most people
 * there wins. PERSPECTIVE carries the Dares main indicator (centred-reduced, 2014–2018 basis) as its decimal and the
 * Dares "Catégorie Tension" as its level: that category is already a 1–5 scale (cut points near −0.56, −0.26, 0.13
 * and 0.51 on the indicator), so it is used unchanged. The six other indicators are Dares quintile classes (1–5).
 */
export class TensionFigures {
  constructor(private readonly referential: Referential) {}

  get year(): string {
    return this.referential.tensions.year;
  }

  rowFor(fiche: FicheRecord, level: TensionLevel, territory: string): TensionRow | undefined {
    const faps = this.referential.tensions.fapsByRomeV3[fiche.codeRomeParent] ?? [];
    let best: TensionRow | undefined;
    for (const fap of faps) {
      const row = this.referential.tensionIndex.get(tensionKey(fap, level, territory));
      if (row && (!best || row[EMPLOYMENT_COLUMN] > best[EMPLOYMENT_COLUMN])) best = row;
    }
    return best;
  }

  figures(row: TensionRow): TensionFigure[] {
    return TENSION_NOMENCLATURES.map(({ code, libelle, column }) => {
      if (column === undefined) {
        return {
          codeNomenclature: code,
          libNomenclature: libelle,
          valeurPrincipaleDecimale: round(row[TENSION_COLUMN]),
          valeurPrincipaleNom: String(row[CATEGORY_COLUMN]),
        };
      }
      const level = Number(row[column]);
      return {
        codeNomenclature: code,
        libNomenclature: libelle,
        valeurPrincipaleNom: String(level),
        valeurPrincipaleNombre: level,
      };
    });
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
