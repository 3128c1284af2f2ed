/**
 * Helpers that stay synchronous while values are: DataLoader batches only the loads issued in
 * the same tick, so needless `await`s between reference loads would split one batch into many.
 */
export type MaybePromise<T> = T | Promise<T>;

export function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null | undefined)?.then === 'function';
}

export function then<T, R>(value: MaybePromise<T>, next: (resolved: T) => MaybePromise<R>): MaybePromise<R> {
  return isPromiseLike(value) ? Promise.resolve(value).then(next) : next(value);
}

/** Runs `run`, turning a synchronous throw into a rejected promise. */
export function attempt<T>(run: () => MaybePromise<T>): MaybePromise<T> {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error);
  }
}

export function all<T>(values: readonly MaybePromise<T>[]): MaybePromise<T[]> {
  return values.some(isPromiseLike) ? Promise.all(values) : (values as T[]);
}

export function objectFromEntries(
  entries: readonly (readonly [string, MaybePromise<unknown>])[],
): MaybePromise<Record<string, unknown>> {
  return then(all(entries.map(([, value]) => value)), (values) => {
    const result: Record<string, unknown> = {};
    for (const [index, [key]] of entries.entries()) mergeInto(result, key, values[index]);
    return result;
  });
}

/** Sets `target[key]`, merging with an object already there (one field selected twice with different sub-fields). */
function mergeInto(target: Record<string, unknown>, key: string, value: unknown): void {
  const existing = target[key];
  if (isPlainRecord(existing) && isPlainRecord(value)) {
    for (const [innerKey, innerValue] of Object.entries(value)) mergeInto(existing, innerKey, innerValue);
  } else if (Array.isArray(existing) && Array.isArray(value) && existing.length === value.length) {
    value.forEach((item, index) => {
      const holder: Record<string, unknown> = { item: existing[index] };
      mergeInto(holder, 'item', item);
      existing[index] = holder.item;
    });
  } else {
    target[key] = value;
  }
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
