import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { territoryArgument } from '../territory/territory-argument';
import { TerritoryInput } from '../territory/territory.input';
import { indicatorResolver, QUARTERLY_INDICATORS } from './indicator-fields';
import { OccupationSalary } from './indicator.types';
import { salaryIn } from './market-figures';
import { OccupationReference, RomeAppellationReference, Tension } from './market.types';
import { PeriodRangeInput } from './period';
import { tensionFor, tensionsFor } from './territory.resolver';

const REQUIRES_OCCUPATION = '@requires(fields: "occupationCode")';
const TENSION_DESCRIPTION =
  'Recruitment tension in a territory (latest year unless `year` is given); null when not published.';

type Host = OccupationReference | RomeAppellationReference;

/** An appellation's figures are its occupation's, which the rome subgraph provides. */
const requiresOccupation = (needed: boolean): MethodDecorator =>
  needed ? Directive(REQUIRES_OCCUPATION) : () => undefined;

/**
 * The labour-market fields of an occupation, and of an appellation through its occupation: the same fields on
 * both hosts, written once; the quarterly indicators come from their table.
 */
function marketResolversOf<T extends Host>(
  host: new () => T,
  options: { occupationCode: (host: T) => string; appellation: boolean },
) {
  const note = options.appellation ? " Figures are those of the appellation's occupation." : '';

  @Resolver(() => host)
  class OccupationMarketResolver {
    @FieldResolver(() => Tension, { nullable: true, description: `${TENSION_DESCRIPTION}${note}` })
    @requiresOccupation(options.appellation)
    tension(
      @Root() root: T,
      @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
      @Arg('year', () => Int, { nullable: true }) year: number | null,
      @Ctx() context: GraphContext,
    ): Promise<Tension | null> {
      return tensionFor(options.occupationCode(root), territory, year, context);
    }

    @FieldResolver(() => [Tension], {
      nullable: true,
      description: `Recruitment tension in a territory, every published year (latest first) or those of \`periods\`; null when none is published.${note}`,
    })
    @requiresOccupation(options.appellation)
    tensions(
      @Root() root: T,
      @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
      @Arg('periods', () => PeriodRangeInput, {
        nullable: true,
        description: 'A range of years, e.g. { from: "2019", to: "2020" }; omitted: every published year.',
      })
      periods: PeriodRangeInput | null,
      @Ctx() context: GraphContext,
    ): Promise<Tension[] | null> {
      return tensionsFor(options.occupationCode(root), territory, periods, context);
    }

    @FieldResolver(() => OccupationSalary, {
      nullable: true,
      description: `Monthly salaries offered in a territory; null when not published.${note}`,
    })
    @requiresOccupation(options.appellation)
    salary(
      @Root() root: T,
      @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
      @Ctx() context: GraphContext,
    ): Promise<OccupationSalary | null> {
      return salaryIn(context, territoryArgument(territory, 'territory'), options.occupationCode(root), 'territory');
    }
  }
  const indicators = indicatorResolver(
    host,
    QUARTERLY_INDICATORS.filter((indicator) => indicator.perOccupation),
    {
      argument: () => ({ name: 'territory', type: () => TerritoryInput, nullable: false }),
      where: ' in a territory',
      note,
      directive: options.appellation ? REQUIRES_OCCUPATION : undefined,
      subject: (root, territory) => ({
        territory: territoryArgument(territory as TerritoryInput, 'territory'),
        romeCode: options.occupationCode(root),
      }),
    },
  );
  return [OccupationMarketResolver, indicators];
}

export const occupationMarketResolvers = [
  ...marketResolversOf(OccupationReference, {
    occupationCode: (occupation) => occupation.code,
    appellation: false,
  }),
  ...marketResolversOf(RomeAppellationReference, {
    occupationCode: (appellation) => appellation.occupationCode,
    appellation: true,
  }),
];
