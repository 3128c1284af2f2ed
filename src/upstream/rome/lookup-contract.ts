import { z } from 'zod';
import {
  appellationSummarySchema,
  arborescenceNode,
  codeLabel,
  competenceSchema,
  metierSchema,
  objectifSchema,
  secteurSchema,
} from './contract';

/**
 * ROME 4.0 answers beyond the whole lists the graph caches (upstream-apis §4.1–4.4): single items, the small
 * referentials of the Métiers and Compétences APIs, and the text searches.
 */

/** An appellation with its métier, as `appellation` and `appellation/{code}` return it. */
export const appellationSchema = appellationSummarySchema.extend({
  metier: z
    .object({
      code: z.string(),
      libelle: z.string().nullish(),
      riasecMajeur: z.string().nullish(),
      riasecMineur: z.string().nullish(),
    })
    .nullish(),
  appellationEsco: z.object({ uri: z.string().nullish(), libelle: z.string().nullish() }).nullish(),
});

/** `appellation/requete`, `metier/requete`: every hit counted, at most 20 returned. */
const searchAnswer = <Hit extends z.ZodType>(hit: Hit) =>
  z.object({
    totalResultats: z.number().int().nonnegative(),
    requete: z.string().nullish(),
    resultats: z.array(hit).nullish(),
  });
export const appellationSearchSchema = searchAnswer(appellationSchema);
export const metierSearchSchema = searchAnswer(metierSchema);

const enjeuSchema = z.object({ ...arborescenceNode, domaineCompetence: z.object(arborescenceNode).nullish() });

/** The small referentials of the Métiers API, each read whole or by code. */
export const metiersReferentialSchemas = {
  'grand-domaine': codeLabel,
  'domaine-professionnel': codeLabel.extend({ grandDomaine: codeLabel.nullish() }),
  theme: codeLabel,
  'centre-interet': codeLabel.extend({ definition: z.string().nullish() }),
  'secteur-activite': secteurSchema,
} as const;

/** The Compétences API resources beside the whole `competence` list. */
export const competenceResourceSchemas = {
  'macro-competence': competenceSchema,
  'macro-savoir-faire': competenceSchema,
  'macro-savoir-etre-professionnel': competenceSchema,
  savoir: competenceSchema,
  'domaine-competence': z.object(arborescenceNode),
  enjeu: enjeuSchema,
  objectif: objectifSchema,
  'categorie-savoirs': codeLabel,
} as const;
