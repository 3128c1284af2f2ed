import type { ReferenceResolver } from '../subgraph';

/** The router hands over every field a matching-offers search needs (@requires): nothing to look up. */
export const resolveSoughtJobReference: ReferenceResolver = (reference) => reference;
