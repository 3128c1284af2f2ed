/**
 * Canonical form of a job label, so that a label typed by a recruiter compares equal to the ROME one
 * despite accents, case, typographic apostrophes, ligatures, slash spacing and the gender markers
 * ("(H/F)", "F/H/X", "H/F/NB"…) that French job ads must carry by law.
 */
export function normalizeLabel(label: string): string {
  return foldText(label)
    .replace(APOSTROPHES, "'")
    .replace(GENDER_MARKERS, ' ')
    .replace(SLASH, ' / ')
    .replace(WHITESPACE, ' ')
    .replace(EDGE_PUNCTUATION, '');
}

/** Lowercase, ligatures spelled out, diacritics removed: the comparison form of a single word. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD').replace(COMBINING_MARKS, '');
}

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘ʼ]/g;
// "h/f", "(f/h)", "(h / f / x)", "h/f/nb": standalone letters only, so "chef / h…" is left alone.
const GENDER_MARKERS = /\(?\s*\b[hf]\s*\/\s*[hf](?:\s*\/\s*(?:x|nb|n))*\b\s*\)?/g;
const SLASH = /\s*\/\s*/g;
const WHITESPACE = /\s+/g;
// Closing parentheses stay: "(IA)" ends several ROME labels.
const EDGE_PUNCTUATION = /^[\s\-–—_.,;:!?/*·|'"]+|[\s\-–—_.,;:!?/*·|'"]+$/g;
