import { badUserInput } from './errors';

const ROME_CODE = /^[A-N]\d{4}$/;
const APPELLATION_CODE = /^\d{5,6}$/;
const OFFER_ID = /^[0-9A-Z]{7}$/;

export function assertRomeCode(code: string, argument: string): string {
  const normalized = code.trim().toUpperCase();
  if (!ROME_CODE.test(normalized)) {
    throw badUserInput(
      `"${code}" is not a ROME code: expected a letter A–N followed by four digits, e.g. "M1805".`,
      argument,
    );
  }
  return normalized;
}

export function assertAppellationCode(code: string, argument: string): string {
  if (!APPELLATION_CODE.test(code)) {
    throw badUserInput(`"${code}" is not a ROME appellation code: expected 5 or 6 digits, e.g. "38976".`, argument);
  }
  return code;
}

export function assertOfferId(id: string, argument: string): string {
  const normalized = id.trim().toUpperCase();
  if (!OFFER_ID.test(normalized)) {
    throw badUserInput(
      `"${id}" is not a France Travail offer id: expected 7 letters or digits, e.g. "209WNPD".`,
      argument,
    );
  }
  return normalized;
}

export function assertIntInRange(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`"${argument}" must be an integer between ${min} and ${max}; got ${value}.`, argument);
  }
  return value;
}
