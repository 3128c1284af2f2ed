import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvRecords } from './csv';
import type {
  AppellationRecord,
  CodeLabel,
  CompetenceNature,
  CompetenceRecord,
  ContexteRecord,
  FicheRecord,
  ReferentialSnapshot,
  SavoirRecord,
  SecteurActiviteRecord,
  TensionLevel,
  TensionRow,
  TensionTable,
} from './model';

/**
 * Reads a directory laid out like the project's open-data folder:
 * `rome_v460/unix_*_v460_utf8.csv` (ROME 4.0 export) and
 * `tensions/dares_portrait_stat_metiers_2019/{tensions.csv,fap225_rome.csv}` (Dares tension indicators).
 */
export function loadReferentialFromOpenData(dataDir: string): ReferentialSnapshot {
  const rome = (name: string) => readCsvRecords(join(dataDir, 'rome_v460', `unix_${name}_v460_utf8.csv`));
  const flag = (value: string | undefined) => value === 'O';
  const sortByCode = <T extends { code: string }>(items: T[]) => items.sort((a, b) => compareCodes(a.code, b.code));

  const grandsDomaines = rome('grand_domaine').map((r) => ({
    code: r.code_grand_domaine,
    libelle: r.libelle_grand_domaine,
  }));
  const domainesProfessionnels = rome('domaine_professionnel').map((r) => ({
    code: r.code_domaine_professionnel,
    libelle: r.libelle_domaine_professionnel,
  }));
  const domaineOfFiche = new Map(rome('cr_gd_dp').map((r) => [r.code_rome, r.code_domaine_professionel]));
  const riasecOfFiche = new Map(rome('referentiel_code_rome_riasec').map((r) => [r.code_rome, r]));
  const riasecOfMacro = new Map(rome('referentiel_macro_competence_riasec').map((r) => [r.code_ogr, r]));

  const texts = new Map<string, { definition: string[]; acces: string[] }>();
  const textRows = rome('texte').sort((a, b) => Number(a.position_phrase) - Number(b.position_phrase));
  for (const r of textRows) {
    const entry = texts.get(r.code_rome) ?? { definition: [], acces: [] };
    // The export doubles apostrophes inside these sentences (an SQL escape left in place).
    const sentence = r.libelle_texte.replace(/''/g, "'").trim();
    if (r.libelle_type_texte === 'definition') entry.definition.push(sentence);
    else if (r.libelle_type_texte === 'acces_metier') entry.acces.push(sentence);
    texts.set(r.code_rome, entry);
  }

  const fiches = new Map<string, FicheRecord>();
  for (const r of rome('referentiel_code_rome')) {
    const riasec = riasecOfFiche.get(r.code_rome);
    const text = texts.get(r.code_rome);
    fiches.set(r.code_rome, {
      code: r.code_rome,
      libelle: r.libelle_rome,
      codeRomeParent: r.code_rome_parent,
      codeDomaine: domaineOfFiche.get(r.code_rome) ?? r.code_rome.slice(0, 3),
      definition: text?.definition.length ? text.definition.join('\n') : undefined,
      accesEmploi: text?.acces.length ? text.acces.join('\n') : undefined,
      riasecMajeur: riasec?.riasec_majeur || undefined,
      riasecMineur: riasec?.riasec_mineur || undefined,
      emploiCadre: flag(r.emploi_cadre),
      emploiReglemente: flag(r.emploi_reglemente),
      transitionEco: r.transition_eco,
      transitionNumerique: flag(r.transition_num),
      transitionDemographique: flag(r.transition_demo),
      appellations: [],
      competences: [],
      savoirs: [],
      contextes: [],
      mobilites: [],
      competencesPrincipales: [],
      competencesEmergentes: [],
      themes: [],
      centresInteret: [],
      secteursActivite: [],
      divisionsNaf: [],
    });
  }

  const appellations: AppellationRecord[] = rome('referentiel_appellation').map((r) => ({
    code: r.code_ogr,
    libelle: r.libelle_appellation_long,
    libelleCourt: r.libelle_appellation_court,
    codeRome: r.code_rome,
    classification: r.classification,
    emploiCadre: flag(r.emploi_cadre),
    emploiReglemente: flag(r.emploi_reglemente),
    transitionEco: r.transition_eco,
    transitionNumerique: flag(r.transition_num),
    transitionDemographique: flag(r.transition_demo),
  }));
  sortByCode(appellations);
  for (const a of appellations) fiches.get(a.codeRome)?.appellations.push(a.code);

  const competences: CompetenceRecord[] = rome('referentiel_competence').map((r) => {
    const isMacro = r.nature !== 'Compétence';
    const type: CompetenceNature = !isMacro
      ? 'COMPETENCE-DETAILLEE'
      : r.cat_comp === 'Savoir-être professionnel'
        ? 'MACRO-SAVOIR-ETRE-PROFESSIONNEL'
        : 'MACRO-SAVOIR-FAIRE';
    const riasec = isMacro ? riasecOfMacro.get(r.code_ogr) : undefined;
    return {
      code: r.code_ogr,
      type,
      libelle: r.libelle_competence,
      definition: r.definition || undefined,
      macroCode: r.code_ogr_macro_comp || undefined,
      codeArborescence: r.code_macro_comp || undefined,
      sousCategorie: r.sous_cat_comp || undefined,
      transitionEcologique: flag(r.transition_eco),
      transitionNumerique: flag(r.transition_num),
      riasecMajeur: riasec?.riasec_majeur || undefined,
      riasecMineur: riasec?.riasec_mineur || undefined,
    };
  });
  sortByCode(competences);

  const savoirRows = rome('referentiel_savoir');
  const categoriesSavoirs: CodeLabel[] = [...new Set(savoirRows.map((r) => r.categorie_savoir))]
    .sort((a, b) => a.localeCompare(b, 'fr'))
    .map((libelle, index) => ({ code: String(index + 1), libelle }));
  const categorieCode = new Map(categoriesSavoirs.map((c) => [c.libelle, c.code]));
  const savoirs: SavoirRecord[] = savoirRows.map((r) => ({
    code: r.code_ogr_savoir,
    libelle: r.libelle_savoir,
    codeCategorie: categorieCode.get(r.categorie_savoir) ?? '',
    sousCategorie: r.sous_categorie_savoir,
    transitionEcologique: flag(r.transition_eco),
    transitionNumerique: flag(r.transition_num),
  }));
  sortByCode(savoirs);

  const contextes: ContexteRecord[] = rome('referentiel_contexte_travail').map((r) => ({
    code: r.code_ogr,
    libelle: r.libelle_cont_travail,
    codeType: r.code_type_cont_trav,
    libelleType: r.libelle_type_cont_trav,
  }));
  sortByCode(contextes);

  for (const r of rome('liens_rome_referentiels')) {
    const fiche = fiches.get(r.code_rome);
    if (!fiche) continue;
    if (r.code_compo_bloc === '5') {
      if (r.code_rubrique === '3') fiche.savoirs.push(r.code_ogr);
      else fiche.competences.push(r.code_ogr);
    } else if (r.code_compo_bloc === '6') {
      fiche.contextes.push(r.code_ogr);
    }
  }
  for (const r of rome('coherence_item')) {
    const fiche = fiches.get(r.code_rome);
    if (!fiche) continue;
    if (r.coeur_metier === 'Principale') fiche.competencesPrincipales.push(r.code_ogr);
    else if (r.coeur_metier === 'Émergente') fiche.competencesEmergentes.push(r.code_ogr);
  }

  const mobilites = rome('rubrique_mobilite').sort((a, b) => Number(a.numero_ordre) - Number(b.numero_ordre));
  for (const r of mobilites) {
    const fiche = fiches.get(r.code_rome);
    if (fiche && fiches.has(r.code_rome_cible)) (fiche.mobilites ??= []).push(r.code_rome_cible);
  }

  const themes = new Map<string, string>();
  for (const r of rome('arborescence_thematique')) {
    themes.set(r.code_theme, r.libelle_theme);
    fiches.get(r.code_rome)?.themes.push(r.code_theme);
  }
  const centresInteret = new Map<string, string>();
  for (const r of rome('arborescence_centre_interet')) {
    centresInteret.set(r.code_centre_interet, r.libelle_centre_interet);
    fiches.get(r.code_rome)?.centresInteret.push({ code: r.code_centre_interet, principal: r.principal === 'oui' });
  }
  const secteurs = new Map<string, SecteurActiviteRecord>();
  for (const r of rome('arborescence_secteur_activite')) {
    secteurs.set(r.code_sect_activite, { code: r.code_sect_activite, libelle: r.libelle_sect_activite });
    const code = r.code_ss_sect_activite || r.code_sect_activite;
    if (r.code_ss_sect_activite) {
      secteurs.set(code, { code, libelle: r.libelle_ss_sect_activite, codeParent: r.code_sect_activite });
    }
    fiches.get(r.code_rome)?.secteursActivite.push({ code, principal: r.principal === 'oui' });
  }
  const divisionsNaf = new Map<string, string>();
  for (const r of rome('arborescence_secteur_naf')) {
    const code = r.code_secteur_naf.padStart(2, '0');
    divisionsNaf.set(code, r.libelle_secteur_naf);
    fiches.get(r.code_rome)?.divisionsNaf.push(code);
  }

  const toList = (labels: Map<string, string>): CodeLabel[] =>
    [...labels].map(([code, libelle]) => ({ code, libelle })).sort((a, b) => compareCodes(a.code, b.code));

  return {
    version: '460',
    publishedOn: publicationDate(join(dataDir, 'rome_v460', 'version.txt')),
    grandsDomaines,
    domainesProfessionnels,
    fiches: sortByCode([...fiches.values()]),
    appellations,
    competences,
    savoirs,
    categoriesSavoirs,
    contextes,
    themes: toList(themes),
    centresInteret: toList(centresInteret),
    secteursActivite: sortByCode([...secteurs.values()]),
    divisionsNaf: toList(divisionsNaf),
    tensions: loadDaresTensions(join(dataDir, 'tensions', 'dares_portrait_stat_metiers_2019')),
  };
}

/** "Date de publication : 18/09/2025" in the export's version.txt → "2025-09-18". */
function publicationDate(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const match = /Date de publication\s*:\s*(\d{2})\/(\d{2})\/(\d{4})/.exec(readFileSync(path, 'utf8'));
  return match ? `${match[3]}-${match[2]}-${match[1]}` : undefined;
}

const TENSION_LEVELS: Record<string, TensionLevel> = { nat: 'NAT', reg: 'REG', dep: 'DEP' };

/** Dares 2019 indicators at FAP-225 level, plus the FAP ↔ ROME v3 table. */
export function loadDaresTensions(dir: string): TensionTable {
  const fapsByRomeV3: Record<string, string[]> = {};
  const romeV3Labels: Record<string, string> = {};
  for (const r of readCsvRecords(join(dir, 'fap225_rome.csv'), ';')) {
    if (!r.Rome || r.Rome === 'NA') continue;
    (fapsByRomeV3[r.Rome] ??= []).push(r.Fap);
    romeV3Labels[r.Rome] ??= r.intitule_rome;
  }

  const rows: TensionRow[] = [];
  let year = '2019';
  for (const r of readCsvRecords(join(dir, 'tensions.csv'))) {
    // Header names and some values carry stray trailing spaces in the source ("Tension ", "reg ").
    if (r.niveau_fap?.trim() !== 'fap 225') continue;
    const level = TENSION_LEVELS[r.niveau_geo?.trim() ?? ''];
    const categorie = r['Catégorie Tension'];
    if (!level || !categorie) continue;
    const territory = level === 'NAT' ? 'FR' : level === 'REG' ? normaliseRegion(r.reg) : r.dep.trim();
    year = r.Année?.trim() || year;
    rows.push([
      r.fap,
      level,
      territory,
      Number(r['Emploi moyen']),
      Number(r['Tension ']),
      Number(categorie),
      Number(r["Intensité d'embauches"]),
      Number(r['Lien formation-emploi']),
      Number(r["Manque de main-d'œuvre disponible"]),
      Number(r["Non-durabilité de l'emploi"]),
      Number(r['Conditions de travail contraignantes']),
      Number(r['Inadéquation géographique']),
    ]);
  }
  return { year, fapsByRomeV3, romeV3Labels, rows };
}

/** The Dares file writes region codes as floats ("1.0", "53.0"); the API uses INSEE codes ("01", "53"). */
function normaliseRegion(value: string): string {
  const number = Number(value.trim());
  return Number.isFinite(number) ? String(Math.trunc(number)).padStart(2, '0') : value.trim();
}

/** Numeric when both codes are numeric (OGR codes), lexical otherwise (ROME codes). */
export function compareCodes(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && a !== '' && b !== '') return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
