import type { TypePolicies } from './apollo-core';

/**
 * How the cache identifies the graph's entities: types with an `id` (Offer, SoughtJob) need nothing;
 * ROME types and agencies are identified by their code, as the graph's federation keys are.
 */
export const typePolicies: TypePolicies = {
  Occupation: { keyFields: ['code'] },
  RomeAppellation: { keyFields: ['code'] },
  Competence: { keyFields: ['code'] },
  Agency: { keyFields: ['code'] },
  // A territory's id is "<TYPE>:<code>": the same entity whether the query selected its id or its type and code.
  Territory: {
    keyFields: (territory) => {
      const id = territory.id ?? (territory.type && territory.code ? `${territory.type}:${territory.code}` : undefined);
      return id === undefined ? false : `Territory:${id}`;
    },
  },
};
