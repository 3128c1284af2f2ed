import type { SandboxRequest } from '../http/request';
import type { SandboxApi } from '../types';
import type { FieldSchema } from './champs';

export type Item = Record<string, unknown>;

/** One ROME 4.0 resource: its whole list at `path`, one item at `path/{code}`. */
export interface RomeCollection {
  api: SandboxApi;
  /** Path of the list under /partenaire; the item path appends `/{code}`. */
  path: string;
  schema: FieldSchema;
  list(): Item[];
  get(code: string): Item | undefined;
  /** Named in the French 404 message. */
  label: string;
  /** The list's own filters, read from the query; null when the request names none. */
  filter?(request: SandboxRequest): ((item: Item) => boolean) | null;
}

export const byCodeIn =
  (items: () => Item[]) =>
  (code: string): Item | undefined =>
    items().find((item) => item.code === code);
