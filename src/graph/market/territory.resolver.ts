import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { badUserInput, notFound } from '../shared/errors';
import { assertRomeCode } from '../shared/validation';
import { territoryArgument } from '../territory/territory-argument';
import { territoryDirectory, type TerritoryRecord } from '../territory/territory-directory';
import type { TerritoryInput } from '../territory/territory.input';
import { TerritoryType } from '../territory/territory-type';
import { indicatorResolver, QUARTERLY_INDICATORS } from './indicator-fields';
import { OccupationSalary } from './indicator.types';
import { salaryIn } from './market-figures';
import { marketLoaders, pickYear } from './market.loaders';
import { Tension, Territory } from './market.types';
import { assertPeriodRange, inRange, PeriodKind, type PeriodRange, PeriodRangeInput } from './period';
import { toTerritory, type TerritoryNode } from './territories';

const OCCUPATION_DESCRIPTION = 'ROME 4.0 code, e.g. "M1805"; omitted: every occupation together.';
const TENSIONS_DESCRIPTION =
  'Recruitment tension of an occupation here, every published year (latest first) or those of `periods`; ' +
  'null when none is published.';
const YEARS_DESCRIPTION = 'A range of years, e.g. { from: "2019", to: "2020" }; omitted: every published year.';
/** Salaries for at most this many occupations at once: they all come from one call, but the answer grows. */
const MAX_SALARY_OCCUPATIONS = 100;

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
        'INSEE code, e.g. "53" for a région, "35" for a département, "35238" for a commune, "FR" for the nation; ' +
        '4-digit code for a bassin d\'emploi, e.g. "5314".',
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

  @FieldResolver(() => [Territory], {
    description: "Départements of a région or of the nation, or those a bassin d'emploi spans; empty otherwise.",
  })
  departements(@Root() territory: TerritoryNode): Territory[] {
    if (territory.type === TerritoryType.BASSIN)
      return territory.departementCodes.flatMap((code) => {
        const record = territoryDirectory.get('DEPARTEMENT', code);
        return record ? [toTerritory(record)] : [];
      });
    if (territory.type === TerritoryType.REGION)
      return territoryDirectory.departementsOf(territory.code).map(toTerritory);
    if (territory.type === TerritoryType.NATION)
      return territoryDirectory
        .regions()
        .flatMap((region) => territoryDirectory.departementsOf(region.code))
        .map(toTerritory);
    return [];
  }

  @FieldResolver(() => [Territory], {
    description: "Bassins d'emploi (BMO employment areas) of a département, or of a région; empty otherwise.",
  })
  bassins(@Root() territory: TerritoryNode): Territory[] {
    const record = territoryDirectory.byId(territory.id);
    return record ? territoryDirectory.bassinsOf(record).map(toTerritory) : [];
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
    const record = recordOf(territory);
    return pickYear(
      await marketLoaders(context).tensions.load({
        romeCode: assertRomeCode(occupation, 'occupation'),
        territory: record,
      }),
      year,
    );
  }

  @FieldResolver(() => [Tension], { nullable: true, description: TENSIONS_DESCRIPTION })
  async tensions(
    @Root() territory: TerritoryNode,
    @Arg('occupation', { description: 'ROME 4.0 code, e.g. "M1805".' }) occupation: string,
    @Arg('periods', () => PeriodRangeInput, { nullable: true, description: YEARS_DESCRIPTION })
    periods: PeriodRangeInput | null,
    @Ctx() context: GraphContext,
  ): Promise<Tension[] | null> {
    const romeCode = assertRomeCode(occupation, 'occupation');
    const range = periods ? assertPeriodRange(periods, PeriodKind.YEAR, 'periods') : null;
    return tensionsIn(await marketLoaders(context).tensions.load({ romeCode, territory: recordOf(territory) }), range);
  }

  @FieldResolver(() => [OccupationSalary], {
    description:
      'Monthly salaries offered for each of these occupations here, in their order; occupations without published ' +
      'salaries are left out. One upstream call serves every occupation of a territory.',
  })
  async salaries(
    @Root() territory: TerritoryNode,
    @Arg('occupations', () => [String], { description: 'ROME 4.0 codes, e.g. ["M1805", "F1603"].' })
    occupations: string[],
    @Ctx() context: GraphContext,
  ): Promise<OccupationSalary[]> {
    if (occupations.length > MAX_SALARY_OCCUPATIONS)
      throw badUserInput(`At most ${MAX_SALARY_OCCUPATIONS} occupations at once.`, 'occupations');
    const codes = [...new Set(occupations.map((code) => assertRomeCode(code, 'occupations')))];
    const record = recordOf(territory);
    const salaries = await Promise.all(codes.map((code) => salaryIn(context, record, code, 'territory')));
    return salaries.filter((salary) => salary !== null);
  }
}

/** Every published year within the range (all of them without one), latest first; null when none is published. */
export function tensionsIn(tensions: Tension[], range: PeriodRange | null): Tension[] | null {
  if (tensions.length === 0) return null;
  return range ? tensions.filter((tension) => inRange(tension.period.code, range)) : tensions;
}

/** Shared by the occupation and appellation extensions: every year of the tension, within `periods` when given. */
export async function tensionsFor(
  romeCode: string,
  input: TerritoryInput,
  periods: PeriodRangeInput | null,
  context: GraphContext,
): Promise<Tension[] | null> {
  const range = periods ? assertPeriodRange(periods, PeriodKind.YEAR, 'periods') : null;
  const territory = territoryArgument(input, 'territory');
  return tensionsIn(await marketLoaders(context).tensions.load({ romeCode, territory }), range);
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

function recordOf(territory: TerritoryNode): TerritoryRecord {
  const record = territoryDirectory.byId(territory.id);
  if (!record) throw notFound(`No territory "${territory.id}".`);
  return record;
}

export const TerritoryIndicatorResolver = indicatorResolver(Territory, QUARTERLY_INDICATORS, {
  argument: (indicator) =>
    indicator.perOccupation
      ? { name: 'occupation', type: () => String, nullable: true, description: OCCUPATION_DESCRIPTION }
      : null,
  where: '',
  subject: (root, occupation) => ({
    territory: recordOf(root as TerritoryNode),
    romeCode: occupation == null ? null : assertRomeCode(occupation as string, 'occupation'),
  }),
});
