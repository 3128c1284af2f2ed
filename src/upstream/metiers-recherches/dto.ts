import type { RequestScope } from '../core/request-scope';
import { z } from 'zod';

/**
 * Métiers recherchés (France Travail Connect), field names exactly as the API spells them (upstream-apis §7).
 * Every field but the sought occupation and appellation is optional: a job seeker fills in what they want.
 */
const codeLabel = z.object({ code: z.string(), libelle: z.string() });

export const metierRechercheSchema = z.object({
  rome: codeLabel,
  appellation: codeLabel,
  typologieEmploi: codeLabel.optional(),
  contrats: z
    .array(
      z.object({
        type: z.object({ code: z.string(), libelle: z.string(), libelleLong: z.string().optional() }),
        priorite: z.number().int().optional(),
        critereOre: z.boolean().optional(),
      }),
    )
    .optional(),
  dureesHebdo: z
    .array(
      z.object({
        tempsTravail: z.object({
          code: z.string(),
          libelle: z.string(),
          min: z.number().optional(),
          max: z.number().optional(),
        }),
        critereOre: z.boolean().optional(),
      }),
    )
    .optional(),
  dureeExperience: z.object({ valeur: z.number(), unite: codeLabel }).optional(),
  mobilites: z
    .array(
      z.object({
        lieu: z.object({
          code: z.string(),
          codeDepartement: z.string().optional(),
          codePostal: z.string().optional(),
          libelle: z.string(),
          type: codeLabel,
        }),
        rayon: z.number().optional(),
        unite: codeLabel.optional(),
      }),
    )
    .optional(),
  mobiliteHabitation: z
    .object({ valeur: z.number(), unite: z.object({ code: z.string(), libelle: z.string().optional() }) })
    .optional(),
  salaire: z
    .object({ remuneration: z.number().optional(), libelle: z.string().optional(), code: z.string().optional() })
    .optional(),
  typeCrefFranchise: z.boolean().optional(),
  typeCrefReprise: z.boolean().optional(),
  typeCrefCreation: z.boolean().optional(),
});

export const metiersRecherchesSchema = z.array(metierRechercheSchema);

export type MetierRechercheDto = z.output<typeof metierRechercheSchema>;
export type MobiliteDto = NonNullable<MetierRechercheDto['mobilites']>[number];

export interface MetiersRecherchesApi {
  /**
   * One call: `GET /metiersrecherches` with the job seeker's own access token. Answers are cached per job seeker
   * (keyed by a keyed hash of the token, never the token) and never served to anyone else.
   * Rejects with JobSeekerUnauthenticatedError (401) or JobSeekerForbiddenError (403).
   */
  soughtJobs(userToken: string, scope?: RequestScope): Promise<MetierRechercheDto[]>;
}
