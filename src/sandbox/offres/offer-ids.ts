/**
 * Offer ids that look like France Travail's and still say where the offer lives, so a lookup by id can generate
 * just the right département. France Travail offers: 3 digits + 4 letters (e.g. `209WNPD`); partner offers:
 * 7 digits (e.g. `2854987`). The value `departementIndex + 128 × serial` is scrambled by an invertible affine map
 * so consecutive offers do not get consecutive ids.
 */

const DEPARTEMENT_SLOTS = 128;
const LETTERS = 26 ** 4;
const FT_SPACE = 1000 * LETTERS;
const PARTNER_SPACE = 10_000_000;
/** Multipliers coprime with their space (FT space = 2^7·5^3·13^4, partner space = 2^7·5^7). */
const FT_MULTIPLIER = 23_757;
const FT_OFFSET = 190_000_000;
const PARTNER_MULTIPLIER = 7_919;
const PARTNER_OFFSET = 2_400_000;

export type OfferOrigin = '1' | '2';

export interface DecodedOfferId {
  origin: OfferOrigin;
  departementIndex: number;
  serial: number;
}

export const OFFER_ID_PATTERN = /^[0-9A-Z]{7}$/;

export function maxSerial(origin: OfferOrigin): number {
  return Math.floor((origin === '1' ? FT_SPACE : PARTNER_SPACE) / DEPARTEMENT_SLOTS) - 1;
}

export function encodeOfferId(origin: OfferOrigin, departementIndex: number, serial: number): string {
  if (departementIndex < 0 || departementIndex >= DEPARTEMENT_SLOTS || serial < 0 || serial > maxSerial(origin)) {
    throw new RangeError('offer id out of range');
  }
  const plain = departementIndex + DEPARTEMENT_SLOTS * serial;
  if (origin === '2') {
    return String(mulMod(plain, PARTNER_MULTIPLIER, PARTNER_SPACE, PARTNER_OFFSET)).padStart(7, '0');
  }
  const value = mulMod(plain, FT_MULTIPLIER, FT_SPACE, FT_OFFSET);
  const digits = Math.floor(value / LETTERS);
  let letters = value % LETTERS;
  let suffix = '';
  for (let i = 0; i < 4; i++) {
    suffix = String.fromCharCode(65 + (letters % 26)) + suffix;
    letters = Math.floor(letters / 26);
  }
  return String(digits).padStart(3, '0') + suffix;
}

/** Undefined for ids this scheme cannot have produced (they are still well-formed: the offer just does not exist). */
export function decodeOfferId(id: string): DecodedOfferId | undefined {
  let plain: number;
  let origin: OfferOrigin;
  if (/^\d{7}$/.test(id)) {
    origin = '2';
    plain = mulMod(Number(id) - PARTNER_OFFSET, inverse(PARTNER_MULTIPLIER, PARTNER_SPACE), PARTNER_SPACE, 0);
  } else if (/^\d{3}[A-Z]{4}$/.test(id)) {
    origin = '1';
    let value = Number(id.slice(0, 3)) * LETTERS;
    let weight = 1;
    for (let i = 6; i >= 3; i--) {
      value += (id.charCodeAt(i) - 65) * weight;
      weight *= 26;
    }
    plain = mulMod(value - FT_OFFSET, inverse(FT_MULTIPLIER, FT_SPACE), FT_SPACE, 0);
  } else {
    return undefined;
  }
  return { origin, departementIndex: plain % DEPARTEMENT_SLOTS, serial: Math.floor(plain / DEPARTEMENT_SLOTS) };
}

/** (value × multiplier + offset) mod space, exact for spaces below 2^31 via BigInt. */
function mulMod(value: number, multiplier: number, space: number, offset: number): number {
  const m = BigInt(space);
  const result = (((BigInt(value) * BigInt(multiplier) + BigInt(offset)) % m) + m) % m;
  return Number(result);
}

function inverse(a: number, m: number): number {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
