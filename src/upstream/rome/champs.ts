/**
 * ROME 4.0 field selectors: lowercase names, nesting in parentheses, `@type(...)` for the fields of one competence
 * kind. Only what the graph reads is fetched: every field costs memory for a quarter in every process.
 */
const TRANSITIONS = 'transitionecologique,transitionecologiquedetaillee,transitionnumerique,transitiondemographique';

export const METIER_CHAMPS = [
  'code,libelle,definition,accesemploi,riasecmajeur,riasecmineur,emploicadre,emploireglemente',
  TRANSITIONS,
  'domaineprofessionnel(code,libelle,granddomaine(code,libelle))',
  `appellations(code,libelle,libellecourt,classification,emploicadre,emploireglemente,${TRANSITIONS},competencescles(competence(type,code,libelle),frequence))`,
  'themes(code,libelle),centresinterets(code,libelle),centresinteretslies(code,libelle)',
  'secteursactivites(code,libelle,secteuractivite(code,libelle)),secteursactiviteslies(code,libelle,secteuractivite(code,libelle))',
  'divisionsnaf(code,libelle),contextestravail(code,libelle,categorie),metiersenproximite(code)',
  'competencesmobiliseesprincipales(code),competencesmobiliseesemergentes(code)',
].join(',');

export const FICHE_METIER_CHAMPS =
  'code,metier(code,libelle),groupescompetencesmobilisees(enjeu(code,libelle),competences(type,code,libelle)),groupessavoirs(categoriesavoirs(code,libelle),savoirs(type,code,libelle))';

const ARBORESCENCE =
  'objectif(code,libelle,codearborescence,enjeu(code,libelle,codearborescence,domainecompetence(code,libelle,codearborescence)))';

/** Every competence kind in one list; each kind's own fields through its `@type` branch. */
export const COMPETENCE_CHAMPS = [
  'type,code,libelle,transitionecologique,transitionnumerique',
  '@competencedetaillee(riasecmajeur,riasecmineur,macrocompetence(code))',
  `@macrocompetence(codearborescence,souscategorie,maturite,transferable,riasecmajeur,riasecmineur,${ARBORESCENCE})`,
  '@macrosavoiretreprofessionnel(qualiteprofessionnelle,definition)',
  '@savoir(categoriesavoir(code,libelle,categorie(code,libelle)))',
].join(',');

export const CONTEXTE_TRAVAIL_CHAMPS = 'code,libelle,categorie';

const METIER_LINK = 'metier(code,libelle,riasecmajeur,riasecmineur)';

export const APPELLATION_CHAMPS = `code,libelle,libellecourt,classification,emploicadre,emploireglemente,${TRANSITIONS},${METIER_LINK}`;

/** What a métier search or filtered list returns per métier: enough to name and place it. */
export const METIER_HIT_CHAMPS = 'code,libelle,riasecmajeur,riasecmineur,domaineprofessionnel(code,libelle)';

const CODE_LABEL = 'code,libelle';
const ARBORESCENCE_NODE = 'code,libelle,codearborescence';

export const METIERS_REFERENTIAL_CHAMPS = {
  'grand-domaine': CODE_LABEL,
  'domaine-professionnel': `${CODE_LABEL},granddomaine(${CODE_LABEL})`,
  theme: CODE_LABEL,
  'centre-interet': `${CODE_LABEL},definition`,
  'secteur-activite': `${CODE_LABEL},secteuractivite(${CODE_LABEL})`,
} as const;

export const COMPETENCE_RESOURCE_CHAMPS = {
  'macro-competence': COMPETENCE_CHAMPS,
  'macro-savoir-faire': COMPETENCE_CHAMPS,
  'macro-savoir-etre-professionnel': COMPETENCE_CHAMPS,
  savoir: COMPETENCE_CHAMPS,
  'domaine-competence': ARBORESCENCE_NODE,
  enjeu: `${ARBORESCENCE_NODE},domainecompetence(${ARBORESCENCE_NODE})`,
  objectif: `${ARBORESCENCE_NODE},enjeu(${ARBORESCENCE_NODE},domainecompetence(${ARBORESCENCE_NODE}))`,
  'categorie-savoirs': CODE_LABEL,
} as const;
