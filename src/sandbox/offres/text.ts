/** Lower case, no diacritics, typographic apostrophes folded, single spaces: for keyword matching. */
export function normaliseText(text: string): string {
  return stripAccents(text).toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE');
}
