import { BUNDLED_COMMON_FICHES, BUNDLED_ROME_V3_FAMILIES } from '../dataset/selection';
import type { FicheRecord } from '../referential/model';

/**
 * Expected offers per million inhabitants of a département, by fiche. The fiches the project's scenarios revolve
 * around get real volumes; fiches that only the full referential has get a trickle, so generating every
 * département stays cheap even with 1 584 fiches.
 */
const FEATURED_RATES: Record<string, number> = {
  M1805: 100,
  M1811: 65,
  M1818: 30,
  M1889: 16,
  M1405: 16,
  J1501: 30,
  G1803: 28,
  K2205: 22,
};
const FAMILY_RATE = 4;
const COMMON_RATE = 15;
const OTHER_RATE = 0.4;

const common = new Set(BUNDLED_COMMON_FICHES);

export function offersPerMillion(fiche: FicheRecord): number {
  return (
    FEATURED_RATES[fiche.code] ??
    (common.has(fiche.code)
      ? COMMON_RATE
      : BUNDLED_ROME_V3_FAMILIES.includes(fiche.codeRomeParent)
        ? FAMILY_RATE
        : OTHER_RATE)
  );
}

/** Share of offers relayed from partner job boards (origine "2"); the rest are France Travail's own. */
export const PARTNER_SHARE = 0.45;
