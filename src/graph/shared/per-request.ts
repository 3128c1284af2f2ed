/** Memoises `create` per key object, for as long as that object lives (WeakMap). */
export function memoizedOn<TKey extends object, T>(create: (key: TKey) => T): (key: TKey) => T {
  const byKey = new WeakMap<TKey, T>();
  return (key) => {
    let value = byKey.get(key);
    if (value === undefined) {
      value = create(key);
      byKey.set(key, value);
    }
    return value;
  };
}

/**
 * Per-request memo keyed on the context object. In-process, the gateway hands one context to every subgraph,
 * so one request shares one set of loaders whichever execution path serves it.
 */
export const perRequest = memoizedOn;
