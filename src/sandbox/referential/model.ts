/**
 * The ROME 4.0 referential and the Dares tension figures as the sandbox holds them in memory.
 * Both the bundled dataset (JSON) and the open-data CSV loader produce a `ReferentialSnapshot`;
 * `Referential` adds the lookup indexes the routes need.
 */

export interface CodeLabel {
  code: string;
  libelle: string;
}

/** A ROME 4.0 fiche métier (`unix_referentiel_code_rome` joined with its blocs). */
export interface FicheRecord {
  code: string;
  libelle: string;
  /** The former ROME v3 code the fiche descends from; the key to the FAP tension tables. */
  codeRomeParent: string;
  codeDomaine: string;
  definition?: string;
  accesEmploi?: string;
  riasecMajeur?: string;
  riasecMineur?: string;
  emploiCadre: boolean;
  emploiReglemente: boolean;
  /** Label as published, e.g. "Emploi Blanc"; empty when not qualified. */
  transitionEco: string;
  transitionNumerique: boolean;
  transitionDemographique: boolean;
  appellations: string[];
  /** Savoir-faire (rubrique 1) and savoir-être (rubrique 2) codes, in the order of the links file. */
  competences: string[];
  savoirs: string[];
  contextes: string[];
  /** Métiers en proximité (rubrique mobilité): target ROME codes in the file's order. Absent in older datasets. */
  mobilites?: string[];
  competencesPrincipales: string[];
  competencesEmergentes: string[];
  themes: string[];
  centresInteret: { code: string; principal: boolean }[];
  secteursActivite: { code: string; principal: boolean }[];
  divisionsNaf: string[];
}

export interface AppellationRecord {
  code: string;
  libelle: string;
  libelleCourt: string;
  codeRome: string;
  /** PRINCIPALE | SYNONYME */
  classification: string;
  emploiCadre: boolean;
  emploiReglemente: boolean;
  transitionEco: string;
  transitionNumerique: boolean;
  transitionDemographique: boolean;
}

export type CompetenceNature = 'COMPETENCE-DETAILLEE' | 'MACRO-SAVOIR-FAIRE' | 'MACRO-SAVOIR-ETRE-PROFESSIONNEL';

export interface CompetenceRecord {
  code: string;
  type: CompetenceNature;
  libelle: string;
  definition?: string;
  /** For a compétence détaillée: the OGR code of its macro-compétence. */
  macroCode?: string;
  /** For a macro-compétence: its position in the compétence tree, e.g. "3B104" (domaine 3, enjeu B, objectif 1, n° 04). */
  codeArborescence?: string;
  /** Savoir-faire sub-category: Technique, Technique expert, Transverse. */
  sousCategorie?: string;
  transitionEcologique: boolean;
  transitionNumerique: boolean;
  riasecMajeur?: string;
  riasecMineur?: string;
}

export interface SavoirRecord {
  code: string;
  libelle: string;
  codeCategorie: string;
  sousCategorie: string;
  transitionEcologique: boolean;
  transitionNumerique: boolean;
}

export interface ContexteRecord {
  code: string;
  libelle: string;
  codeType: string;
  libelleType: string;
}

export interface SecteurActiviteRecord {
  code: string;
  libelle: string;
  /** Parent sector for a sous-secteur. */
  codeParent?: string;
}

/** Territory levels of the Dares file. */
export type TensionLevel = 'NAT' | 'REG' | 'DEP';

/**
 * One Dares row at FAP-225 level, packed as an array to keep the bundled dataset small:
 * [fap, level, territory code, emploi moyen, tension, catégorie 1–5, intensité d'embauches, lien formation-emploi,
 *  manque de main-d'œuvre, non-durabilité de l'emploi, conditions de travail, inadéquation géographique].
 * Rows without a catégorie (statistical secrecy, small volumes) are not kept: they carry no usable figure.
 */
export type TensionRow = [
  fap: string,
  level: TensionLevel,
  territory: string,
  emploiMoyen: number,
  tension: number,
  categorie: number,
  intensiteEmbauches: number,
  lienFormationEmploi: number,
  manqueMainOeuvre: number,
  nonDurabiliteEmploi: number,
  conditionsTravail: number,
  inadequationGeographique: number,
];

export interface TensionTable {
  year: string;
  /** ROME v3 code → FAP-225 codes (from fap225_rome.csv). */
  fapsByRomeV3: Record<string, string[]>;
  /** ROME v3 code → its former fiche label (from fap225_rome.csv), an "old title" no longer in ROME 4.0. */
  romeV3Labels: Record<string, string>;
  rows: TensionRow[];
}

export interface ReferentialSnapshot {
  /** e.g. "460" */
  version: string;
  /** Publication date of that version, ISO (from version.txt). */
  publishedOn?: string;
  grandsDomaines: CodeLabel[];
  domainesProfessionnels: CodeLabel[];
  fiches: FicheRecord[];
  appellations: AppellationRecord[];
  competences: CompetenceRecord[];
  savoirs: SavoirRecord[];
  categoriesSavoirs: CodeLabel[];
  contextes: ContexteRecord[];
  themes: CodeLabel[];
  centresInteret: CodeLabel[];
  secteursActivite: SecteurActiviteRecord[];
  divisionsNaf: CodeLabel[];
  tensions: TensionTable;
}

export interface Referential extends ReferentialSnapshot {
  ficheByCode: Map<string, FicheRecord>;
  appellationByCode: Map<string, AppellationRecord>;
  competenceByCode: Map<string, CompetenceRecord>;
  savoirByCode: Map<string, SavoirRecord>;
  contexteByCode: Map<string, ContexteRecord>;
  labels: {
    grandDomaine: Map<string, string>;
    domaine: Map<string, string>;
    categorieSavoirs: Map<string, string>;
    theme: Map<string, string>;
    centreInteret: Map<string, string>;
    secteurActivite: Map<string, SecteurActiviteRecord>;
    divisionNaf: Map<string, string>;
  };
  /** `${fap}|${level}|${territory}` → row */
  tensionIndex: Map<string, TensionRow>;
}

function byCode<T extends { code: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.code, item]));
}

function labelsOf(items: CodeLabel[]): Map<string, string> {
  return new Map(items.map((item) => [item.code, item.libelle]));
}

export function tensionKey(fap: string, level: TensionLevel, territory: string): string {
  return `${fap}|${level}|${territory}`;
}

export function indexReferential(snapshot: ReferentialSnapshot): Referential {
  const tensionIndex = new Map<string, TensionRow>();
  for (const row of snapshot.tensions.rows) tensionIndex.set(tensionKey(row[0], row[1], row[2]), row);
  return {
    ...snapshot,
    ficheByCode: byCode(snapshot.fiches),
    appellationByCode: byCode(snapshot.appellations),
    competenceByCode: byCode(snapshot.competences),
    savoirByCode: byCode(snapshot.savoirs),
    contexteByCode: byCode(snapshot.contextes),
    labels: {
      grandDomaine: labelsOf(snapshot.grandsDomaines),
      domaine: labelsOf(snapshot.domainesProfessionnels),
      categorieSavoirs: labelsOf(snapshot.categoriesSavoirs),
      theme: labelsOf(snapshot.themes),
      centreInteret: labelsOf(snapshot.centresInteret),
      secteurActivite: byCode(snapshot.secteursActivite),
      divisionNaf: labelsOf(snapshot.divisionsNaf),
    },
    tensionIndex,
  };
}
