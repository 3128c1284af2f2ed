import type { FieldSchema } from './champs';

/**
 * Field names each ROME 4.0 resource accepts in `champs` (lowercase). Fields the API documents but the open data
 * cannot fill (codeIsco, formacodes, appellationEsco…) are accepted and simply come back absent.
 */

const codeLabel: FieldSchema = { code: true, libelle: true };

const transitions: FieldSchema = {
  transitionecologique: true,
  transitionecologiquedetaillee: true,
  transitionnumerique: true,
  transitiondemographique: true,
};

const competenceReference: FieldSchema = {
  type: true,
  code: true,
  codeogr: true,
  libelle: true,
  riasecmajeur: true,
  riasecmineur: true,
};

const appellationSummary: FieldSchema = {
  code: true,
  libelle: true,
  libellecourt: true,
  classification: true,
  emploicadre: true,
  emploireglemente: true,
  ...transitions,
  obsolete: true,
  datefin: true,
  competencescles: { competence: competenceReference, frequence: true },
};

const secteur: FieldSchema = { code: true, libelle: true, secteuractivite: codeLabel };

export const METIER_SCHEMA: FieldSchema = {
  code: true,
  libelle: true,
  definition: true,
  accesemploi: true,
  riasecmajeur: true,
  riasecmineur: true,
  codeisco: true,
  obsolete: true,
  datefin: true,
  label: true,
  emploicadre: true,
  emploireglemente: true,
  ...transitions,
  domaineprofessionnel: { code: true, libelle: true, granddomaine: codeLabel },
  appellations: appellationSummary,
  themes: codeLabel,
  centresinterets: { code: true, libelle: true, definition: true },
  centresinteretslies: { code: true, libelle: true, definition: true },
  secteursactivites: secteur,
  secteursactiviteslies: secteur,
  competencesmobilisees: competenceReference,
  competencesmobiliseesprincipales: competenceReference,
  competencesmobiliseesemergentes: competenceReference,
  divisionsnaf: codeLabel,
  formacodes: codeLabel,
  contextestravail: { code: true, libelle: true, categorie: true },
  metiersenproximite: { code: true, libelle: true },
};

export const APPELLATION_SCHEMA: FieldSchema = {
  ...appellationSummary,
  metier: { code: true, libelle: true, riasecmajeur: true, riasecmineur: true },
  appellationesco: { uri: true, libelle: true },
};

export const FICHE_METIER_SCHEMA: FieldSchema = {
  code: true,
  obsolete: true,
  datefin: true,
  metier: codeLabel,
  groupescompetencesmobilisees: { enjeu: codeLabel, competences: competenceReference },
  groupessavoirs: { categoriesavoirs: codeLabel, savoirs: competenceReference },
};

const arborescenceNode: FieldSchema = { code: true, libelle: true, codearborescence: true };

const MACRO_FIELDS: FieldSchema = {
  codearborescence: true,
  souscategorie: true,
  maturite: true,
  transferable: true,
  definition: true,
  qualiteprofessionnelle: true,
  objectif: {
    ...arborescenceNode,
    enjeu: { ...arborescenceNode, domainecompetence: arborescenceNode },
  },
};

const COMMON_COMPETENCE_FIELDS: FieldSchema = {
  type: true,
  code: true,
  codeogr: true,
  libelle: true,
  obsolete: true,
  datefin: true,
  transitionecologique: true,
  transitionnumerique: true,
  riasecmajeur: true,
  riasecmineur: true,
  competenceesco: { uri: true, libelle: true },
};

/** The macro-compétence embedded in a compétence détaillée: a whole macro-compétence. */
const macroReference: FieldSchema = { ...COMMON_COMPETENCE_FIELDS, ...MACRO_FIELDS };

export const COMPETENCE_SCHEMA: FieldSchema = {
  ...COMMON_COMPETENCE_FIELDS,
  ...MACRO_FIELDS,
  macrocompetence: macroReference,
  categoriesavoir: { code: true, libelle: true, categorie: codeLabel },
};

export const VERSION_SCHEMA: FieldSchema = { version: true, lastmodifieddate: true };

export const CONTEXTE_TRAVAIL_SCHEMA: FieldSchema = { code: true, libelle: true, categorie: true };
