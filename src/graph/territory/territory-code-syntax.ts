import type { TerritoryLevel } from '../../upstream';

interface CodeSyntax {
  pattern: RegExp;
  /** The level in words, as messages name it. */
  name: string;
  /** What a code looks like, for the message that refuses a malformed one. */
  expected: string;
}

/**
 * The shape of INSEE codes at each level, checked before any lookup so that a malformed code is reported
 * as such instead of as an unknown territory.
 */
const CODE_SYNTAX: Record<TerritoryLevel, CodeSyntax> = {
  NATION: { pattern: /^FR$/, name: 'nation', expected: '"FR"' },
  REGION: { pattern: /^\d{2}$/, name: 'région', expected: 'two digits, e.g. "53" (Bretagne)' },
  DEPARTEMENT: {
    // "20" left Corsica's place to 2A and 2B in 1976; 971–976 are the overseas départements.
    pattern: /^(?:0[1-9]|1\d|[3-8]\d|9[0-5]|2[1-9AB]|97[1-6])$/,
    name: 'département',
    expected: '01–95 without "20" (Corsica is "2A" or "2B"), or 971–976 overseas, e.g. "35"',
  },
  COMMUNE: {
    // Corsican communes keep the letter of their département: 2A004 (Ajaccio).
    pattern: /^(?:\d{5}|2[AB]\d{3})$/,
    name: 'commune',
    expected: 'five characters, e.g. "35238" (Rennes) or "2A004" (Ajaccio); not a postal code',
  },
  // BMO codes: the région's two digits and a number, e.g. 5314 (Rennes).
  BASSIN: { pattern: /^\d{4}$/, name: "bassin d'emploi", expected: 'four digits, e.g. "5314" (Rennes)' },
};

export function hasCodeSyntax(type: TerritoryLevel, code: string): boolean {
  return CODE_SYNTAX[type]?.pattern.test(code) ?? false;
}

/** "département", "commune"…: the level as the graph's messages name it. */
export function levelName(type: TerritoryLevel): string {
  return CODE_SYNTAX[type].name;
}

export function expectedCode(type: TerritoryLevel): string {
  return CODE_SYNTAX[type].expected;
}

/** Codes as users type them: surrounding spaces and a lowercase "2a" or "fr" are accepted. */
export function canonicalTerritoryCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * The département a commune code lies in: its first two characters, or three overseas (971–976).
 * Holds for former communes too, whose codes are never reused elsewhere.
 */
export function departementCodeOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}
