import { z } from 'zod';

/**
 * The Offres d'emploi v2 contract (upstream-apis §3.4–3.5, OpenAPI `Offre`, `ResultatRecherche`, `Referentiel`…),
 * field names exactly as the API spells them. Optional fields are absent in real payloads; a few recorders write
 * `null` instead, which means the same thing. Unknown fields are dropped here: the graph maps only what it knows.
 */
const text = z.string();
const optionalText = text.nullish();
const optionalFlag = z.boolean().nullish();
const isoDateTime = text.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'expected an ISO 8601 date-time');
const requirement = z.enum(['E', 'S']);

const lieuTravail = z.object({
  libelle: text,
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  codePostal: optionalText,
  /** INSEE commune code. */
  commune: optionalText,
});

const entreprise = z.object({
  nom: optionalText,
  description: optionalText,
  logo: optionalText,
  url: optionalText,
  entrepriseAdaptee: optionalFlag,
  siret: optionalText,
});

const formation = z.object({
  codeFormation: optionalText,
  domaineLibelle: optionalText,
  niveauLibelle: optionalText,
  commentaire: optionalText,
  exigence: requirement.nullish(),
});

const libelleExigence = z.object({ libelle: text, exigence: requirement.nullish() });

const competence = z.object({ code: optionalText, libelle: text, exigence: requirement.nullish() });

const salaire = z.object({
  libelle: optionalText,
  commentaire: optionalText,
  complement1: optionalText,
  complement2: optionalText,
  listeComplements: z.array(z.object({ code: text, libelle: text })).nullish(),
});

const contact = z.object({
  nom: optionalText,
  coordonnees1: optionalText,
  coordonnees2: optionalText,
  coordonnees3: optionalText,
  telephone: optionalText,
  courriel: optionalText,
  commentaire: optionalText,
  urlRecruteur: optionalText,
  urlPostulation: optionalText,
});

const agence = z.object({ telephone: optionalText, courriel: optionalText });

const qualitePro = z.object({ libelle: text, description: optionalText });

const origineOffre = z.object({
  /** "1" France Travail, "2" partner: a string in answers, though the search parameter is an integer. */
  origine: z.enum(['1', '2']),
  urlOrigine: optionalText,
  partenaires: z.array(z.object({ nom: text, url: optionalText, logo: optionalText })).nullish(),
});

const contexteTravail = z.object({
  horaires: z.array(text).nullish(),
  conditionsExercice: z.array(text).nullish(),
});

export const offreSchema = z.object({
  id: text,
  intitule: text,
  description: optionalText,
  dateCreation: isoDateTime,
  dateActualisation: isoDateTime.nullish(),
  lieuTravail: lieuTravail.nullish(),
  romeCode: optionalText,
  romeLibelle: optionalText,
  /** Label only (lowercase "l" in the API); no appellation code is ever given. */
  appellationlibelle: optionalText,
  entreprise: entreprise.nullish(),
  typeContrat: optionalText,
  typeContratLibelle: optionalText,
  /** A label ("Contrat travail"), not the code the search takes. */
  natureContrat: optionalText,
  experienceExige: z.enum(['D', 'S', 'E']).nullish(),
  experienceLibelle: optionalText,
  experienceCommentaire: optionalText,
  formations: z.array(formation).nullish(),
  langues: z.array(libelleExigence).nullish(),
  permis: z.array(libelleExigence).nullish(),
  outilsBureautiques: z.array(text).nullish(),
  competences: z.array(competence).nullish(),
  salaire: salaire.nullish(),
  dureeTravailLibelle: optionalText,
  dureeTravailLibelleConverti: optionalText,
  complementExercice: optionalText,
  conditionExercice: optionalText,
  alternance: optionalFlag,
  contact: contact.nullish(),
  agence: agence.nullish(),
  nombrePostes: z.number().int().nullish(),
  accessibleTH: optionalFlag,
  deplacementCode: optionalText,
  deplacementLibelle: optionalText,
  qualificationCode: optionalText,
  qualificationLibelle: optionalText,
  codeNAF: optionalText,
  secteurActivite: optionalText,
  secteurActiviteLibelle: optionalText,
  qualitesProfessionnelles: z.array(qualitePro).nullish(),
  trancheEffectifEtab: optionalText,
  origineOffre: origineOffre.nullish(),
  offresManqueCandidats: optionalFlag,
  contexteTravail: contexteTravail.nullish(),
  entrepriseAdaptee: optionalFlag,
  employeurHandiEngage: optionalFlag,
});

export const filtrePossibleSchema = z.object({
  filtre: text,
  agregation: z.array(z.object({ valeurPossible: text, nbResultats: z.number().int() })),
});

export const resultatRechercheSchema = z.object({
  resultats: z.array(offreSchema).nullish(),
  filtresPossibles: z.array(filtrePossibleSchema).nullish(),
});

export const referentielSchema = z.object({ code: text, libelle: text });
export const communeSchema = z.object({
  code: text,
  libelle: text,
  codePostal: optionalText,
  codeDepartement: optionalText,
});
export const regionSchema = referentielSchema;
export const departementSchema = z.object({ code: text, libelle: text, region: regionSchema.nullish() });

/** The 16 `/v2/referentiel/{name}` lists, each one whole JSON array, and the shape of their items. */
export const referentialSchemas = {
  communes: communeSchema,
  departements: departementSchema,
  regions: regionSchema,
  pays: referentielSchema,
  continents: referentielSchema,
  nafs: referentielSchema,
  secteursActivites: referentielSchema,
  domaines: referentielSchema,
  metiers: referentielSchema,
  appellations: referentielSchema,
  themes: referentielSchema,
  typesContrats: referentielSchema,
  naturesContrats: referentielSchema,
  niveauxFormations: referentielSchema,
  permis: referentielSchema,
  langues: referentielSchema,
} as const;
