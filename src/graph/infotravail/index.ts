import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { InfotravailResolver } from './infotravail.resolver';
import { TerritoryReference } from './infotravail.types';
import { LabourMarketStatisticsResolver, OccupationStatisticsResolver } from './labour-market-statistics.resolver';

const CALL = { api: 'infotravail', calls: 'perCall' } as const;

export const infotravailSubgraph: SubgraphModule<GraphContext> = {
  name: 'infotravail',
  resolvers: [InfotravailResolver, LabourMarketStatisticsResolver, OccupationStatisticsResolver],
  orphanedTypes: [TerritoryReference],
  referenceResolvers: {},
  costs: {
    fields: {
      'Query.infotravailDatasets': CALL,
      'Query.infotravailDataset': CALL,
      'Query.infotravailResource': CALL,
      'Query.datastoreRecords': CALL,
      'Query.hiringProjects': CALL,
      'Query.anonymisedOffers': CALL,
      'Query.labourMarketStatistics': CALL,
      // Batched: every occupation asked for one territory shares one SQL call; perCall per parent over-counts.
      'Occupation.labourMarketStatistics': CALL,
    },
    listSizes: {
      'Query.labourMarketStatistics': { assumed: 200 },
    },
  },
};
