import type { ReferentialSnapshot, TensionTable } from '../referential/model';

/** Every ROME 4.0 fiche descending from these ROME v3 codes goes into the bundled dataset. */
export const BUNDLED_ROME_V3_FAMILIES = ['M1805', 'M1802', 'M1403'];

/** Common fiches from other domains, so the bundled dataset is not only IT. */
export const BUNDLED_COMMON_FICHES = [
  'D1102', // boulanger
  'D1402', // commercial grands comptes
  'D1505', // hôte de caisse
  'D1507', // employé de rayon libre-service
  'F1603', // plombier sanitaire
  'F1703', // maçon
  'G1602', // commis de cuisine
  'G1609', // cuisinier
  'G1803', // serveur en restauration
  'J1304', // auxiliaire de puériculture
  'J1501', // aide-soignant
  'J1506', // infirmier en soins généraux
  'K1303', // garde d'enfant
  'K2204', // agent de nettoyage industriel
  'K2205', // agent de propreté de locaux
  'M1203', // comptable
  'N1101', // cariste
  'N1103', // préparateur de commandes
  'N4101', // conducteur de poids lourd
];

/** Fiches the sandbox's consumers and tests rely on; the build fails if one is missing. */
export const REQUIRED_FICHES = ['M1805', 'M1811', 'M1889', 'M1405', 'M1818'];

/**
 * Cuts the full referential down to the curated fiches with everything they reference: appellations,
 * compétences (and the macro-compétences of their compétences détaillées), savoirs, and the tension rows of
 * their FAP codes at every territory. Small lookup tables (domaines, contextes, thèmes…) are kept whole.
 */
export function selectBundledSubset(full: ReferentialSnapshot): ReferentialSnapshot {
  const wanted = new Set(BUNDLED_COMMON_FICHES);
  const fiches = full.fiches.filter((f) => wanted.has(f.code) || BUNDLED_ROME_V3_FAMILIES.includes(f.codeRomeParent));
  const ficheCodes = new Set(fiches.map((f) => f.code));
  const missing = [...REQUIRED_FICHES, ...BUNDLED_COMMON_FICHES].filter((code) => !ficheCodes.has(code));
  if (missing.length) throw new Error(`Fiches missing from the referential: ${missing.join(', ')}`);

  const competenceByCode = new Map(full.competences.map((c) => [c.code, c]));
  const competenceCodes = new Set<string>();
  for (const fiche of fiches) {
    for (const code of fiche.competences) {
      competenceCodes.add(code);
      const macro = competenceByCode.get(code)?.macroCode;
      if (macro) competenceCodes.add(macro);
    }
  }
  const savoirCodes = new Set(fiches.flatMap((f) => f.savoirs));

  return {
    ...full,
    // Mobilities stay within the bundled fiches, so that every link resolves.
    fiches: fiches.map((f) => ({ ...f, mobilites: (f.mobilites ?? []).filter((code) => ficheCodes.has(code)) })),
    appellations: full.appellations.filter((a) => ficheCodes.has(a.codeRome)),
    competences: full.competences.filter((c) => competenceCodes.has(c.code)),
    savoirs: full.savoirs.filter((s) => savoirCodes.has(s.code)),
    tensions: selectTensions(full.tensions, new Set(fiches.map((f) => f.codeRomeParent))),
  };
}

function selectTensions(table: TensionTable, romeV3Codes: Set<string>): TensionTable {
  const fapsByRomeV3: Record<string, string[]> = {};
  const romeV3Labels: Record<string, string> = {};
  for (const code of romeV3Codes) {
    if (table.fapsByRomeV3[code]) fapsByRomeV3[code] = table.fapsByRomeV3[code];
    if (table.romeV3Labels[code]) romeV3Labels[code] = table.romeV3Labels[code];
  }
  const faps = new Set(Object.values(fapsByRomeV3).flat());
  return { year: table.year, fapsByRomeV3, romeV3Labels, rows: table.rows.filter((row) => faps.has(row[0])) };
}
