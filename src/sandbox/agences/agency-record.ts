/** An agency as the bundled dataset keeps it: the 2019 open list, matched to current INSEE communes. */
export interface AgencyRecord {
  /** Agency code as the referential writes it, e.g. "ARA0283" (the 2019 REFERENCE_PE without its site number). */
  code: string;
  codeSafir: string;
  libelle: string;
  /** ALE (local agency), DDA (territorial direction) or DRA (regional direction), as in the open list. */
  typeSite: string;
  codeRegionINSEE: string;
  complementAdresse?: string;
  adresse: string;
  codePostal: string;
  commune: string;
  /** INSEE code of the commune, when the open list's name and postcode match a current commune. */
  codeCommune?: string;
  latitude?: number;
  longitude?: number;
}

export const BUNDLED_AGENCIES_FILE = 'agences.json';
