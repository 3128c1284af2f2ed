/** ROME 4.0 field selectors: lowercase names, nesting in parentheses. Only what the graph reads is fetched. */
export const METIER_CHAMPS =
  'code,libelle,definition,domaineprofessionnel(code,libelle,granddomaine(code,libelle)),appellations(code,libelle,libellecourt,classification)';

export const FICHE_METIER_CHAMPS =
  'code,metier(code,libelle),groupescompetencesmobilisees(enjeu(code,libelle),competences(type,code,libelle)),groupessavoirs(categoriesavoirs(code,libelle),savoirs(type,code,libelle))';
