/**
 * Per-request memo keyed on the context object. In-process, the gateway hands one context to every subgraph,
 * so one request shares one set of loaders whichever execution path serves it.
 */
export function perRequest<TContext extends object, T>(create: (context: TContext) => T): (context: TContext) => T {
  const byContext = new WeakMap<TContext, T>();
  return (context) => {
    let value = byContext.get(context);
    if (value === undefined) {
      value = create(context);
      byContext.set(context, value);
    }
    return value;
  };
}
