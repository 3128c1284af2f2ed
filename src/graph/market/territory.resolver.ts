import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { notFound } from '../shared/errors';
import { assertRomeCode } from '../shared/validation';
import { territoryArgument } from '../territory/territory-argument';
import { territoryDirectory } from '../territory/territory-directory';
import type { TerritoryInput } from '../territory/territory.input';
import { TerritoryType } from '../territory/territory-type';
import { marketLoaders, pickYear } from './market.loaders';
import { Tension, Territory } from './market.types';
import { toTerritory, type TerritoryNode } from './territories';

@Resolver(() => Territory)
export class TerritoryResolver {
  @Query(() => Territory, {
    nullable: true,
    description: 'A territory by level and INSEE code; null with a NOT_FOUND error when unknown.',
  })
  territory(
    @Arg('type', () => TerritoryType) type: TerritoryType,
    @Arg('code', {
      description:
        'INSEE code, e.g. "53" for a région, "35" for a département, "35238" for a commune, "FR" for the nation.',
    })
    code: string,
  ): Territory {
    return toTerritory(territoryArgument({ type, code }, 'code'));
  }

  @Query(() => [Territory], { description: 'The 18 current régions (13 in metropolitan France, 5 overseas).' })
  regions(): Territory[] {
    return territoryDirectory.regions().map(toTerritory);
  }

  @FieldResolver(() => Territory, {
    nullable: true,
    description: 'The région it belongs to (départements and communes).',
  })
  region(@Root() territory: TerritoryNode): Territory | null {
    const record =
      territory.regionCode && territory.type !== TerritoryType.REGION
        ? territoryDirectory.get('REGION', territory.regionCode)
        : null;
    return record ? toTerritory(record) : null;
  }

  @FieldResolver(() => Territory, { nullable: true, description: 'The département it belongs to (communes).' })
  departement(@Root() territory: TerritoryNode): Territory | null {
    const record =
      territory.type === TerritoryType.COMMUNE && territory.departementCode
        ? territoryDirectory.get('DEPARTEMENT', territory.departementCode)
        : null;
    return record ? toTerritory(record) : null;
  }

  @FieldResolver(() => [Territory], { description: 'Départements of a région, or of the nation; empty below.' })
  departements(@Root() territory: TerritoryNode): Territory[] {
    if (territory.type === TerritoryType.REGION)
      return territoryDirectory.departementsOf(territory.code).map(toTerritory);
    if (territory.type === TerritoryType.NATION)
      return territoryDirectory
        .regions()
        .flatMap((region) => territoryDirectory.departementsOf(region.code))
        .map(toTerritory);
    return [];
  }

  @FieldResolver(() => [Territory], { description: 'Communes of a département; empty otherwise.' })
  communes(@Root() territory: TerritoryNode): Territory[] {
    return territory.type === TerritoryType.DEPARTEMENT
      ? territoryDirectory.communesOf(territory.code).map(toTerritory)
      : [];
  }

  @FieldResolver(() => Tension, {
    nullable: true,
    description:
      'Recruitment tension of an occupation here (latest year unless `year` is given); null when not published.',
  })
  async tension(
    @Root() territory: TerritoryNode,
    @Arg('occupation', { description: 'ROME 4.0 code, e.g. "M1805".' }) occupation: string,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() context: GraphContext,
  ): Promise<Tension | null> {
    const record = territoryDirectory.byId(territory.id);
    if (!record) throw notFound(`No territory "${territory.id}".`);
    return pickYear(
      await marketLoaders(context).tensions.load({
        romeCode: assertRomeCode(occupation, 'occupation'),
        territory: record,
      }),
      year,
    );
  }
}

/** Shared by the occupation and appellation extensions. */
export async function tensionFor(
  romeCode: string,
  input: TerritoryInput,
  year: number | null,
  context: GraphContext,
): Promise<Tension | null> {
  const territory = territoryArgument(input, 'territory');
  return pickYear(await marketLoaders(context).tensions.load({ romeCode, territory }), year);
}
