/**
 * Apollo Client 3 ships CommonJS bundles but ESM-only type declarations, which a CommonJS TypeScript project cannot
 * import directly: load the bundle, typed by the declarations. (Biome cannot parse `resolution-mode` in type
 * imports yet, so biome.json leaves this one file out.)
 */
type Core = typeof import('@apollo/client/core', { with: { 'resolution-mode': 'import' } });

export const { ApolloClient, HttpLink, InMemoryCache } = require('@apollo/client/core') as Core;
export type GraphClient = InstanceType<Core['ApolloClient']>;
export type TypePolicies = NonNullable<ConstructorParameters<Core['InMemoryCache']>[0]>['typePolicies'];
