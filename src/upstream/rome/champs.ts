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
