import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import type { TerritoryRecord } from '../territory/territory-directory';
import { INDICATOR_OF_FIELD, type IndicatorField } from './indicator.mapper';
import { DynamismFigures, HireFigures, JobSeekerFigures, OfferFigures } from './indicator.types';
import { indicatorFigures } from './market-figures';
import { PeriodRangeInput } from './period';

const FIGURES_NOTE = 'One entry per quarter, latest first; null when France Travail publishes no figure.';
const PERIODS_DESCRIPTION = 'A range of quarters; omitted: the latest published quarter only.';

/** A quarterly indicator as a field: the type of its figures and what it counts, said once for every host. */
export interface QuarterlyIndicator {
  field: IndicatorField;
  figures: new () => unknown;
  /** What is counted, e.g. "Hires of job seekers in the quarter". */
  counts: string;
  /** How the figures are broken down, or over what they are taken. */
  by: string;
  /** False when France Travail publishes the indicator for a territory as a whole only. */
  perOccupation: boolean;
}

export const QUARTERLY_INDICATORS: readonly QuarterlyIndicator[] = [
  {
    field: 'jobSeekers',
    figures: JobSeekerFigures,
    counts: 'Job seekers registered at the end of the quarter',
    by: 'by category',
    perOccupation: true,
  },
  {
    field: 'newRegistrations',
    figures: JobSeekerFigures,
    counts: 'New job-seeker registrations in the quarter',
    by: 'by category',
    perOccupation: true,
  },
  {
    field: 'registeredOffers',
    figures: OfferFigures,
    counts: 'Job offers registered in the quarter',
    by: 'by origin',
    perOccupation: true,
  },
  {
    field: 'hires',
    figures: HireFigures,
    counts: 'Hires of job seekers in the quarter',
    by: 'by contract length',
    perOccupation: true,
  },
  {
    field: 'dynamism',
    figures: DynamismFigures,
    counts: 'Employment dynamism of the territory',
    by: 'every occupation together',
    perOccupation: false,
  },
];

/** An argument of the indicator fields besides `periods`. */
export interface IndicatorArgument {
  name: string;
  /** A class or scalar, as type-graphql takes it. */
  type: () => object;
  nullable: boolean;
  description?: string;
}

/** How a type serves the indicators: the argument naming the other dimension, its wording, what its figures are. */
export interface IndicatorHost<Host> {
  /** The argument beside `periods` (a territory for an occupation, an occupation for a territory), if any. */
  argument(indicator: QuarterlyIndicator): IndicatorArgument | null;
  /** Where the figures are taken, as the descriptions say it after what is counted, e.g. " in a territory". */
  where: string;
  /** A sentence closing every description. */
  note?: string;
  /** A federation directive every field carries, e.g. the `@requires` of a field computed from another. */
  directive?: string;
  /** The territory and occupation (null: every occupation together) of the figures, from the argument's value. */
  subject(host: Host, argument: unknown): { territory: TerritoryRecord; romeCode: string | null };
}

/**
 * A resolver serving `indicators` on `host`, a field each. The fields are built from the table rather than written
 * as methods so that an indicator's type, arguments and wording are declared once for the occupation, appellation
 * and territory alike.
 */
export function indicatorResolver<Host>(
  host: new () => Host,
  indicators: readonly QuarterlyIndicator[],
  declaration: IndicatorHost<Host>,
): new () => unknown {
  @Resolver(() => host)
  class IndicatorResolver {}
  const prototype = IndicatorResolver.prototype as unknown as Record<string, unknown>;
  for (const indicator of indicators) {
    const { field } = indicator;
    const argument = declaration.argument(indicator);
    prototype[field] = (root: Host, periods: PeriodRangeInput | null, ...rest: unknown[]) => {
      const [context, info] = rest.slice(-2) as [GraphContext, GraphQLResolveInfo];
      const subject = declaration.subject(root, argument ? rest[0] : null);
      return indicatorFigures(context, info, { field, ...subject, periods, territoryArgument: 'territory' });
    };
    const descriptor = Object.getOwnPropertyDescriptor(prototype, field) as PropertyDescriptor;
    const fieldDescription =
      `${indicator.counts}${declaration.where}, ${indicator.by} (${INDICATOR_OF_FIELD[field]}). ` +
      `${FIGURES_NOTE}${declaration.note ?? ''}`;
    FieldResolver(() => [indicator.figures], { nullable: true, description: fieldDescription })(
      prototype,
      field,
      descriptor,
    );
    if (declaration.directive) Directive(declaration.directive)(prototype, field, descriptor);
    // The schema lists the arguments in the order they are declared here.
    Root()(prototype, field, 0);
    Arg('periods', () => PeriodRangeInput, { nullable: true, description: PERIODS_DESCRIPTION })(prototype, field, 1);
    if (argument) {
      const { nullable, description } = argument;
      Arg(argument.name, argument.type, { nullable, description })(prototype, field, 2);
    }
    const afterArguments = argument ? 3 : 2;
    Ctx()(prototype, field, afterArguments);
    Info()(prototype, field, afterArguments + 1);
  }
  return IndicatorResolver;
}
