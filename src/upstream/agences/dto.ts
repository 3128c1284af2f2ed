import { z } from 'zod';
import type { RequestScope } from '../core/request-scope';

/** "O" (oui) / "N" (non) flags of the opening hours. */
const yesNo = z.enum(['O', 'N']);
/** Times are "HHMM" strings, e.g. "0830"; absent when the half-day is closed. */
const hhmm = z.string().regex(/^\d{4}$/, 'expected a time as HHMM');

export const horaireSchema = z.object({
  jour: z.number().int().min(1).max(7),
  horaireFerme: yesNo,
  horaireEnContinu: yesNo.optional(),
  ouvertureMatin: hhmm.optional(),
  fermetureMatin: hhmm.optional(),
  ouvertureApresMidi: hhmm.optional(),
  fermetureApresMidi: hhmm.optional(),
  ouvertureMatinRDV: hhmm.optional(),
  fermetureMatinRDV: hhmm.optional(),
  ouvertureApresMidiRDV: hhmm.optional(),
  fermetureApresMidiRDV: hhmm.optional(),
});

export const agenceSchema = z.object({
  code: z.string().min(1),
  codeSafir: z.string().optional(),
  libelle: z.string(),
  libelleEtendu: z.string().optional(),
  type: z.string().optional(),
  typeAccueil: z.string().optional(),
  codeRegionINSEE: z.string().optional(),
  dispositifADEDA: z.boolean().optional(),
  contact: z.object({ telephonePublic: z.string().optional(), email: z.string().optional() }).optional(),
  siret: z.string().optional(),
  adressePrincipale: z
    .object({
      ligne3: z.string().optional(),
      ligne4: z.string().optional(),
      ligne5: z.string().optional(),
      ligne6: z.string().optional(),
      gpsLon: z.number().optional(),
      gpsLat: z.number().optional(),
      communeImplantation: z.string().optional(),
      bureauDistributeur: z.string().optional(),
    })
    .optional(),
  horaires: z.array(horaireSchema).optional(),
  /** Consumed downstream by partners; its shape is not documented, so it is carried as free text. */
  accessibilite: z.string().optional(),
});

export const agencesSchema = z.array(agenceSchema);

export type AgenceDto = z.output<typeof agenceSchema>;
export type HoraireDto = z.output<typeof horaireSchema>;

/** Référentiel des agences: the France Travail agencies, with their opening hours. */
export interface AgencesApi {
  /** Every agency with its opening hours: one call per cache lifetime, whatever the lookups. */
  listAgences(scope?: RequestScope): Promise<AgenceDto[]>;
  /** The agencies competent for a commune (INSEE code): one call per commune per cache lifetime. */
  agencesCompetentes(communeCode: string, scope?: RequestScope): Promise<AgenceDto[]>;
}
