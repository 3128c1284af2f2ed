import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { TerritoryInput } from '../territory/territory.input';
import type { IndicatorField } from './indicator.mapper';
import { HireFigures, JobSeekerFigures, OfferFigures, OccupationSalary } from './indicator.types';
import { indicatorFigures, salaryIn } from './market-figures';
import { RomeAppellationReference, OccupationReference, Tension } from './market.types';
import { PeriodRangeInput } from './period';
import { territoryArgument } from '../territory/territory-argument';
import { tensionFor, tensionsFor } from './territory.resolver';

const FIGURES_NOTE = 'One entry per quarter, latest first; null when France Travail publishes no figure.';
const PERIODS_DESCRIPTION = 'A range of quarters; omitted: the latest published quarter only.';
const TENSION_DESCRIPTION =
  'Recruitment tension in a territory (latest year unless `year` is given); null when not published.';

type Host = OccupationReference | RomeAppellationReference;

/** An appellation's figures are its occupation's, which the rome subgraph provides. */
const requiresOccupation = (needed: boolean): MethodDecorator =>
  needed ? Directive('@requires(fields: "occupationCode")') : () => undefined;

/**
 * The labour-market fields of an occupation, and of an appellation through its occupation: the same fields on
 * both hosts, written once.
 */
function occupationMarketResolver<T extends Host>(
  host: new () => T,
  options: { occupationCode: (host: T) => string; appellation: boolean },
) {
  const note = options.appellation ? " Figures are those of the appellation's occupation." : '';
  const figures = (
    field: IndicatorField,
    args: {
      root: T;
      territory: TerritoryInput;
      periods: PeriodRangeInput | null;
      context: GraphContext;
      info: GraphQLResolveInfo;
    },
  ) =>
    indicatorFigures(args.context, args.info, {
      field,
      territory: territoryArgument(args.territory, 'territory'),
      romeCode: options.occupationCode(args.root),
      periods: args.periods,
      territoryArgument: 'territory',
    });

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

    @FieldResolver(() => [JobSeekerFigures], {
      nullable: true,
      description: `Job seekers registered at the end of the quarter in a territory, by category (DE_1). ${FIGURES_NOTE}${note}`,
    })
    @requiresOccupation(options.appellation)
    jobSeekers(
      @Root() root: T,
      @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
      @Arg('periods', () => PeriodRangeInput, { nullable: true, description: PERIODS_DESCRIPTION })
      periods: PeriodRangeInput | null,
      @Ctx() context: GraphContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return figures('jobSeekers', { root, territory, periods, context, info });
    }

    @FieldResolver(() => [JobSeekerFigures], {
      nullable: true,
      description: `New job-seeker registrations in the quarter in a territory, by category (DE_5). ${FIGURES_NOTE}${note}`,
    })
    @requiresOccupation(options.appellation)
    newRegistrations(
      @Root() root: T,
      @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
      @Arg('periods', () => PeriodRangeInput, { nullable: true, description: PERIODS_DESCRIPTION })
      periods: PeriodRangeInput | null,
      @Ctx() context: GraphContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return figures('newRegistrations', { root, territory, periods, context, info });
    }

    @FieldResolver(() => [OfferFigures], {
      nullable: true,
      description: `Job offers registered in the quarter in a territory, by origin (OFF_1). ${FIGURES_NOTE}${note}`,
    })
    @requiresOccupation(options.appellation)
    registeredOffers(
      @Root() root: T,
      @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
      @Arg('periods', () => PeriodRangeInput, { nullable: true, description: PERIODS_DESCRIPTION })
      periods: PeriodRangeInput | null,
      @Ctx() context: GraphContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return figures('registeredOffers', { root, territory, periods, context, info });
    }

    @FieldResolver(() => [HireFigures], {
      nullable: true,
      description: `Hires of job seekers in the quarter in a territory, by contract length (EMB_1). ${FIGURES_NOTE}${note}`,
    })
    @requiresOccupation(options.appellation)
    hires(
      @Root() root: T,
      @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
      @Arg('periods', () => PeriodRangeInput, { nullable: true, description: PERIODS_DESCRIPTION })
      periods: PeriodRangeInput | null,
      @Ctx() context: GraphContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return figures('hires', { root, territory, periods, context, info });
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
  return OccupationMarketResolver;
}

export const OccupationMarketResolver = occupationMarketResolver(OccupationReference, {
  occupationCode: (occupation) => occupation.code,
  appellation: false,
});

export const AppellationMarketResolver = occupationMarketResolver(RomeAppellationReference, {
  occupationCode: (appellation) => appellation.occupationCode,
  appellation: true,
});
