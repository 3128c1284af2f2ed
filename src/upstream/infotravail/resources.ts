import type { DatastoreCell, DatastoreDto, DatastoreFigure } from './dto';

/** The Infotravail resources this product reads by name (ids as published; they may change upstream). */
export const INFOTRAVAIL_RESOURCES = {
  imtByRome: '266f691f-bce8-4443-808e-8e5aa125cf17',
  bmo: '6c74b2b7-8ec5-474a-8706-1069670c2035',
  anonymisedOffers: '421692f5-f342-4223-9c51-72a27dcaf51e',
} as const;

/** The columns of a row other than the given keys (and CKAN's own `_id`), with their declared types. */
export function figuresOf(answer: DatastoreDto, record: Record<string, DatastoreCell>, keys: readonly string[]) {
  const types = new Map(answer.fields.map((field) => [field.id, field.type]));
  return Object.entries(record)
    .filter(([column]) => column !== '_id' && !keys.includes(column))
    .map(([column, value]): DatastoreFigure => ({ column, type: types.get(column) ?? 'text', value }));
}
