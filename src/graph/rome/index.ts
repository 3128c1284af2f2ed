import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { AppellationResolver } from './appellation.resolver';
import { resolveOccupationReference } from './occupation.reference';
import { OccupationResolver } from './occupation.resolver';
import { OfferAppellationResolver } from './offer-appellation.resolver';
import { resolveRomeAppellationReference } from './rome-appellation.reference';

export const romeSubgraph: SubgraphModule<GraphContext> = {
  name: 'rome',
  resolvers: [OccupationResolver, AppellationResolver, OfferAppellationResolver],
  referenceResolvers: {
    Occupation: resolveOccupationReference,
    RomeAppellation: resolveRomeAppellationReference,
  },
  costs: {
    fields: {
      'Query.occupation': { api: 'rome-metiers', calls: 'wholeList', list: 'rome:metiers' },
      'Query.appellation': { api: 'rome-metiers', calls: 'wholeList', list: 'rome:metiers' },
      'Offer.appellation': { api: 'rome-metiers', calls: 'wholeList', list: 'rome:metiers' },
      'Offer.appellationMatch': { api: 'rome-metiers', calls: 'wholeList', list: 'rome:metiers' },
      'RomeAppellation.occupation': { api: 'rome-metiers', calls: 'wholeList', list: 'rome:metiers' },
      'Occupation.appellations': { api: 'rome-metiers', calls: 'wholeList', list: 'rome:metiers' },
      'Occupation.competences': { api: 'rome-fiches-metiers', calls: 'wholeList', list: 'rome:fiches-metiers' },
      'RomeAppellation.competences': { api: 'rome-fiches-metiers', calls: 'wholeList', list: 'rome:fiches-metiers' },
    },
    listSizes: {
      // The largest ROME 4.0 occupations have about 120 appellations.
      'Occupation.appellations': { assumed: 120 },
      'Occupation.competences': { assumed: 60 },
      'RomeAppellation.competences': { assumed: 60 },
    },
  },
};
