import type { LieuTravailDto } from './dto';

// "35 - RENNES", "2A - AJACCIO", "974 - Réunion", "35 - Ille-et-Vilaine" (located by département only).
const LABEL_DEPARTEMENT = /^\s*(\d{2,3}|2[AB])\s+-\s/i;

/**
 * The département an offer's place of work is labelled with: Offres v2 prefixes `lieuTravail.libelle` with it,
 * which is all an offer located no finer than the département carries. Offers abroad have no such prefix
 * (or "99 - <country>", which names no département).
 */
export function workPlaceDepartement(place: LieuTravailDto | undefined): string | undefined {
  return place ? LABEL_DEPARTEMENT.exec(place.libelle)?.[1]?.toUpperCase() : undefined;
}
