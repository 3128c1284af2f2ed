import type { ReferenceResolver } from '../subgraph';

/** The router hands over the occupation and the places (@requires): nothing to look up. */
export const resolveSoughtJobReference: ReferenceResolver = (reference) => reference;
