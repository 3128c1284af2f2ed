/**
 * The shape of INSEE codes at each level, checked before any lookup so that a malformed code is reported
 * as such instead of as an unknown territory.
 */
const CODE_SYNTAX = {
  NATION: /^FR$/,
  REGION: /^\d{2}$/,
  // "20" left Corsica's place to 2A and 2B in 1976; 971–976 are the overseas départements.
  DEPARTEMENT: /^(?:0[1-9]|1\d|[3-8]\d|9[0-5]|2[1-9AB]|97[1-6])$/,
  // Corsican communes keep the letter of their département: 2A004 (Ajaccio).
  COMMUNE: /^(?:\d{5}|2[AB]\d{3})$/,
} as const;

export type TerritoryLevel = keyof typeof CODE_SYNTAX;

export function hasCodeSyntax(level: TerritoryLevel, code: string): boolean {
  return CODE_SYNTAX[level].test(code);
}

/** Codes as users type them: surrounding spaces and a lowercase "2a" or "fr" are accepted. */
export function canonicalTerritoryCode(code: string): string {
  return code.trim().toUpperCase();
}
