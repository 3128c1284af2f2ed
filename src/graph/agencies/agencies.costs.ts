import type { FieldCost, SubgraphCosts } from '../upstream-cost';

const AGENCY_LIST: FieldCost = { api: 'agences', calls: 'wholeList', list: 'agences:list' };
/** Agencies competent for a commune: one call per commune and cache lifetime. */
const COMPETENT_AGENCIES: FieldCost = { api: 'agences', calls: 'perCall' };

/** Every agency field reads the whole referential, loaded once per cache lifetime. */
export const agenciesCosts: SubgraphCosts = {
  fields: {
    'Query.agency': AGENCY_LIST,
    'Query.agencies': AGENCY_LIST,
    // Around a commune with no located agency of its own, the origin is its competent agency's: one more call.
    'Query.agenciesNear': [AGENCY_LIST, COMPETENT_AGENCIES],
    'Query.competentAgency': COMPETENT_AGENCIES,
    'Territory.agencies': AGENCY_LIST,
  },
  listSizes: {
    'Query.agencies': { argument: 'first', max: 1000 },
    'Territory.agencies': { assumed: 30 },
  },
};
