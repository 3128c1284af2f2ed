import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ImtStatisticDto } from '../../upstream';
import type { GraphContext } from '../context';
import { territoryArgument } from '../territory/territory-argument';
import { badUserInput } from '../shared/errors';
import { TerritoryInput } from '../territory/territory.input';
import { assertRomeCode } from '../shared/validation';
import { publishedFor } from '../territory/published-territory';
import { territoryRef, toDatastoreValue } from './datastore.mapper';
import { type ImtKey, infotravailLoaders } from './infotravail.loaders';
import { LabourMarketStatistics, OccupationReference } from './infotravail.types';

const MAX_OCCUPATIONS = 200;

@Resolver()
export class LabourMarketStatisticsResolver {
  @Query(() => [LabourMarketStatistics], {
    nullable: true,
    description:
      'IMT statistics (Infotravail) for up to 200 occupations in one territory, in the order asked; occupations ' +
      'without published figures are left out. One upstream call for the whole list.',
  })
  async labourMarketStatistics(
    @Arg('occupations', () => [String], { description: 'ROME codes, e.g. ["M1805", "J1102"].' }) occupations: string[],
    @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
    @Ctx() context: GraphContext,
  ): Promise<LabourMarketStatistics[]> {
    if (occupations.length === 0 || occupations.length > MAX_OCCUPATIONS)
      throw badUserInput(`Give between 1 and ${MAX_OCCUPATIONS} ROME codes.`, 'occupations');
    const codes = occupations.map((code) => assertRomeCode(code, 'occupations'));
    const area = imtArea(territory, context);
    const loader = infotravailLoaders(context).imt;
    const rows = await loader.loadMany(codes.map((romeCode) => ({ romeCode, area })));
    const failure = rows.find((row) => row instanceof Error);
    if (failure) throw failure;
    return (rows as (ImtStatisticDto | null)[]).filter((row) => row !== null).map(toStatistics);
  }
}

@Resolver(() => OccupationReference)
export class OccupationStatisticsResolver {
  @FieldResolver(() => LabourMarketStatistics, {
    nullable: true,
    description:
      'IMT statistics (Infotravail) of this occupation in a territory; a commune is answered at its département. ' +
      'Every occupation of a query asked for the same territory shares one upstream call.',
  })
  async labourMarketStatistics(
    @Root() occupation: OccupationReference,
    @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
    @Ctx() context: GraphContext,
  ): Promise<LabourMarketStatistics | null> {
    const key: ImtKey = { romeCode: occupation.code, area: imtArea(territory, context) };
    const row = await infotravailLoaders(context).imt.load(key);
    return row ? toStatistics(row) : null;
  }
}

/** The territory the IMT figures are read at: the one asked, or the nearest containing it that the tables publish. */
function imtArea(territory: TerritoryInput, context: GraphContext): ImtKey['area'] {
  return publishedFor(territoryArgument(territory, 'territory'), context.upstream.infotravail.territoryLevels).key;
}

function toStatistics(row: ImtStatisticDto): LabourMarketStatistics {
  const level = row.area.level;
  return {
    occupation: { code: row.romeCode },
    territory: level && level !== 'BASSIN' ? territoryRef(level, row.area.code) : null,
    areaType: row.area.typeCode,
    areaCode: row.area.code,
    figures: row.figures.map(toDatastoreValue),
  };
}
