import { z } from 'zod';

/**
 * ROME 4.0 answers as the graph relies on them (upstream-apis §4), checked once per whole-list load: a list is
 * validated when it enters the cache, never per lookup. Fields the API may omit or send as null are `nullish`;
 * unknown fields are dropped, so nothing unselected is kept in memory.
 */

export const codeLabel = z.object({ code: z.string(), libelle: z.string() });
export const flag = z.boolean().nullish();

export const transitions = {
  transitionEcologique: flag,
  /** EMPLOI_STRATEGIQUE | EMPLOI_VERT | EMPLOI_BLANC | EMPLOI_BRUN */
  transitionEcologiqueDetaillee: z.string().nullish(),
  transitionNumerique: flag,
  transitionDemographique: flag,
};

export const competenceTypeSchema = z.enum([
  'COMPETENCE-DETAILLEE',
  'MACRO-SAVOIR-FAIRE',
  'MACRO-SAVOIR-ETRE-PROFESSIONNEL',
  'SAVOIR',
]);

export const competenceRefSchema = z.object({ type: competenceTypeSchema, code: z.string(), libelle: z.string() });

export const appellationSummarySchema = z.object({
  code: z.string(),
  libelle: z.string(),
  libelleCourt: z.string().nullish(),
  /** PRINCIPALE | SYNONYME */
  classification: z.string().nullish(),
  emploiCadre: flag,
  emploiReglemente: flag,
  ...transitions,
  competencesCles: z.array(z.object({ competence: competenceRefSchema, frequence: z.number().nullish() })).nullish(),
});

export const secteurSchema = z.object({
  code: z.string(),
  libelle: z.string(),
  secteurActivite: codeLabel.nullish(),
});

const codeOnly = z.object({ code: z.string() });

export const metierSchema = z.object({
  code: z.string(),
  libelle: z.string(),
  definition: z.string().nullish(),
  accesEmploi: z.string().nullish(),
  riasecMajeur: z.string().nullish(),
  riasecMineur: z.string().nullish(),
  emploiCadre: flag,
  emploiReglemente: flag,
  ...transitions,
  domaineProfessionnel: z
    .object({ code: z.string(), libelle: z.string(), grandDomaine: codeLabel.nullish() })
    .nullish(),
  appellations: z.array(appellationSummarySchema).nullish(),
  themes: z.array(codeLabel).nullish(),
  centresInterets: z.array(codeLabel).nullish(),
  centresInteretsLies: z.array(codeLabel).nullish(),
  secteursActivites: z.array(secteurSchema).nullish(),
  secteursActivitesLies: z.array(secteurSchema).nullish(),
  divisionsNaf: z.array(codeLabel).nullish(),
  contextesTravail: z.array(z.object({ code: z.string(), libelle: z.string(), categorie: z.string() })).nullish(),
  metiersEnProximite: z.array(codeOnly).nullish(),
  competencesMobiliseesPrincipales: z.array(codeOnly).nullish(),
  competencesMobiliseesEmergentes: z.array(codeOnly).nullish(),
});

export const ficheMetierSchema = z.object({
  code: z.string(),
  metier: codeLabel,
  groupesCompetencesMobilisees: z
    .array(z.object({ enjeu: codeLabel.nullish(), competences: z.array(competenceRefSchema).nullish() }))
    .nullish(),
  groupesSavoirs: z
    .array(z.object({ categorieSavoirs: codeLabel.nullish(), savoirs: z.array(competenceRefSchema).nullish() }))
    .nullish(),
});

export const arborescenceNode = { code: z.string(), libelle: z.string(), codeArborescence: z.string().nullish() };

export const objectifSchema = z.object({
  ...arborescenceNode,
  enjeu: z.object({ ...arborescenceNode, domaineCompetence: z.object(arborescenceNode).nullish() }).nullish(),
});

const competenceCommon = {
  code: z.string(),
  libelle: z.string(),
  transitionEcologique: flag,
  transitionNumerique: flag,
};

const macroCommon = {
  ...competenceCommon,
  codeArborescence: z.string().nullish(),
  sousCategorie: z.string().nullish(),
  maturite: z.string().nullish(),
  transferable: flag,
  riasecMajeur: z.string().nullish(),
  riasecMineur: z.string().nullish(),
  objectif: objectifSchema.nullish(),
};

/** The compétences list is polymorphic: `type` says which branch of the selector filled the item. */
export const competenceSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('COMPETENCE-DETAILLEE'),
    ...competenceCommon,
    riasecMajeur: z.string().nullish(),
    riasecMineur: z.string().nullish(),
    macroCompetence: codeOnly.nullish(),
  }),
  z.object({ type: z.literal('MACRO-SAVOIR-FAIRE'), ...macroCommon }),
  z.object({
    type: z.literal('MACRO-SAVOIR-ETRE-PROFESSIONNEL'),
    ...macroCommon,
    qualiteProfessionnelle: z.string().nullish(),
    definition: z.string().nullish(),
  }),
  z.object({
    type: z.literal('SAVOIR'),
    ...competenceCommon,
    categorieSavoir: z
      .object({ code: z.string().nullish(), libelle: z.string(), categorie: codeLabel.nullish() })
      .nullish(),
  }),
]);

export const contexteTravailSchema = z.object({ code: z.string(), libelle: z.string(), categorie: z.string() });

export const versionSchema = z.object({ version: z.string(), lastModifiedDate: z.string().nullish() });

export const metierListSchema = z.array(metierSchema);
export const ficheMetierListSchema = z.array(ficheMetierSchema);
export const competenceListSchema = z.array(competenceSchema);
export const contexteTravailListSchema = z.array(contexteTravailSchema);
