/**
 * A GraphQL enum object (`{ EXACT: 'EXACT', … }`, what `registerEnumType` takes) built from the list of values a
 * pure module already owns, so that the values are written once and the TypeScript type stays that module's union.
 */
export function closedEnum<const TValue extends string>(values: readonly TValue[]): { readonly [K in TValue]: K } {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as { readonly [K in TValue]: K };
}
