import DataLoader from 'dataloader';
import { withUpstreamErrors } from './errors';
import { inUpstreamGroup } from './upstream-group';

export interface KeyedLoaderOptions<TKey, TValue> {
  /** Names the trace span of each batch (`offers.byId`). */
  name: string;
  /** One upstream lookup (France Travail has no batch endpoints): called once per distinct key in a request. */
  load: (key: TKey) => Promise<TValue>;
  /** Which keys are the same lookup; the key itself by default. */
  cacheKey?: (key: TKey) => string;
}

/**
 * A per-request loader of things fetched one key at a time: identical keys within a request share one lookup,
 * and a failed lookup fails only the fields that asked for that key, with its stable error code.
 */
export function keyedLoader<TKey, TValue>(options: KeyedLoaderOptions<TKey, TValue>): DataLoader<TKey, TValue, string> {
  return new DataLoader<TKey, TValue, string>(
    (keys) =>
      inUpstreamGroup(options.name, { 'travail_graph.keys': keys.length }, () =>
        Promise.all(keys.map((key) => withUpstreamErrors(() => options.load(key)).catch(asError))),
      ),
    options.cacheKey ? { cacheKeyFn: options.cacheKey } : undefined,
  );
}

export interface GroupedLoaderOptions<TKey, TAnswer, TValue> {
  /** Names the trace span of each batch (`infotravail.imt`). */
  name: string;
  /** Keys of one group are answered by one upstream call (e.g. every occupation asked for one territory). */
  groupOf: (key: TKey) => string;
  /** The upstream call for the distinct keys of one group. */
  loadGroup: (keys: TKey[]) => Promise<TAnswer>;
  /** A key's value in its group's answer. */
  pick: (answer: TAnswer, key: TKey) => TValue;
  /** Which keys are the same lookup. */
  cacheKey: (key: TKey) => string;
}

/**
 * A per-request loader for an upstream call that answers many keys at once: the keys asked in the same tick are
 * grouped, each group costs one call, and a failed call fails only the keys of its group.
 */
export function groupedLoader<TKey, TAnswer, TValue>(
  options: GroupedLoaderOptions<TKey, TAnswer, TValue>,
): DataLoader<TKey, TValue, string> {
  return new DataLoader<TKey, TValue, string>(
    (keys) => inUpstreamGroup(options.name, { 'travail_graph.keys': keys.length }, () => loadBatch(keys)),
    { cacheKeyFn: options.cacheKey },
  );

  function loadBatch(keys: readonly TKey[]): Promise<(TValue | Error)[]> {
    const groups = new Map<string, TKey[]>();
    for (const key of keys) {
      const group = options.groupOf(key);
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const answers = new Map<string, Promise<TAnswer>>();
    for (const [group, members] of groups)
      answers.set(
        group,
        withUpstreamErrors(() => options.loadGroup(members)),
      );
    return Promise.all(
      keys.map((key) =>
        answers
          .get(options.groupOf(key))!
          .then((answer) => options.pick(answer, key))
          .catch(asError),
      ),
    );
  }
}

/**
 * A per-request handle on a whole referential (one list serving every lookup): fetched at most once per request,
 * and the shared cache behind the client makes that once per lifetime of the data.
 */
export function wholeListLoader<TList>(name: string, load: () => Promise<TList>): () => Promise<TList> {
  let list: Promise<TList> | undefined;
  return () => {
    list ??= inUpstreamGroup(name, {}, () => withUpstreamErrors(load));
    return list;
  };
}

// DataLoader tells a failed key from a value by `instanceof Error`.
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
