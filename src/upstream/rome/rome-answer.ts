import { z } from 'zod';
import type { UpstreamApi } from '../config';
import type { ApiCaller } from '../core/api-caller';
import { parseUpstream } from '../core/contract';
import type { RequestScope } from '../core/request-scope';
import { jsonArrayItems, readJson } from '../core/json-body';
import { unexpectedAnswer } from '../core/unexpected-answer';

/**
 * One GET to a ROME 4.0 product, its JSON checked against the contract. A 204 on a list means an empty
 * referential; every other answer but 200 (and 206, which some gateways send on large lists) is an error.
 */
export async function fetchRome<Schema extends z.ZodType>(
  caller: ApiCaller,
  call: {
    api: UpstreamApi;
    url: string;
    endpoint: string;
    schema: Schema;
    emptyOn204: z.output<Schema>;
    scope?: RequestScope;
  },
): Promise<z.output<Schema>> {
  const response = await caller.call({ api: call.api, method: 'GET', url: call.url, scope: call.scope });
  if (response.status === 204) return call.emptyOn204;
  if (response.status !== 200 && response.status !== 206) throw unexpectedAnswer(call.api, response);
  return parseUpstream(call.schema, readJson<unknown>(call.api, response), { api: call.api, endpoint: call.endpoint });
}

/** One ROME 4.0 item by code: the item, or null when the API answers 404 (unknown code). */
export async function fetchRomeItem<Schema extends z.ZodType>(
  caller: ApiCaller,
  call: { api: UpstreamApi; url: string; endpoint: string; schema: Schema },
): Promise<z.output<Schema> | null> {
  const response = await caller.call({ api: call.api, method: 'GET', url: call.url });
  if (response.status === 404 || response.status === 204) return null;
  if (response.status !== 200) throw unexpectedAnswer(call.api, response);
  return parseUpstream(call.schema, readJson<unknown>(call.api, response), { api: call.api, endpoint: call.endpoint });
}

/**
 * One GET to a ROME 4.0 whole-list endpoint, each item checked against its contract and handed to `keep` as soon as
 * it is read, so that only what `keep` returns outlives the call (see `jsonArrayItems`).
 */
export async function fetchRomeList<ItemSchema extends z.ZodType, Kept>(
  caller: ApiCaller,
  call: { api: UpstreamApi; url: string; endpoint: string; itemSchema: ItemSchema; scope?: RequestScope },
  keep: (item: z.output<ItemSchema>) => Kept,
): Promise<Kept[]> {
  const response = await caller.call({ api: call.api, method: 'GET', url: call.url, scope: call.scope });
  if (response.status === 204) return [];
  if (response.status !== 200 && response.status !== 206) throw unexpectedAnswer(call.api, response);
  const where = { api: call.api, endpoint: call.endpoint };
  const items = jsonArrayItems(call.api, response);
  if (!items) {
    // Not an array: checked whole, the contract error names what is wrong.
    parseUpstream(z.array(call.itemSchema), readJson<unknown>(call.api, response), where);
    return [];
  }
  const kept: Kept[] = [];
  let index = 0;
  for (const item of items) kept.push(keep(parseUpstream(call.itemSchema, item, { ...where, at: [index++] })));
  return kept;
}
