import type { GraphQLResolveInfo } from 'graphql';
import type { IndicatorCatalogueEntry, TerritoryLevel } from '../../upstream';
import type { GraphContext } from '../context';
import { badUserInput, fromUpstream } from '../shared/errors';
import { selectedTypesBelow } from '../shared/selected-types';
import { levelName } from '../territory/territory-code-syntax';
import type { TerritoryRecord } from '../territory/territory-directory';
import { type IndicatorField, INDICATOR_OF_FIELD, figuresByPeriod, PERIOD_KIND_OF } from './indicator.mapper';
import type { OccupationSalary } from './indicator.types';
import { marketLoaders } from './market.loaders';
import { assertPeriodRange, inRange, type PeriodRangeInput } from './period';
import { publishedFor } from '../territory/published-territory';
import { toTerritory } from './territories';

/**
 * Checks a combination against France Travail's catalogue of valid ones (a referential read once per lifetime)
 * before the indicator itself is asked: a combination it does not compute is the caller's mistake.
 */
async function assertSupported(
  context: GraphContext,
  check: {
    code: IndicatorCatalogueEntry['code'];
    level: TerritoryLevel;
    byOccupation: boolean;
    argument: string;
  },
): Promise<void> {
  const catalogue = await fromUpstream('marche.listIndicateurs', () =>
    context.upstream.marche.listIndicateurs(context.upstreamScope),
  );
  const entry = catalogue.find((candidate) => candidate.code === check.code);
  if (!entry) return;
  if (!entry.levels.includes(check.level)) {
    const served = entry.levels.map(levelName).join(', ');
    throw badUserInput(
      `This figure is not published at the ${levelName(check.level)} level; it is for: ${served}.`,
      check.argument,
    );
  }
  if (check.byOccupation ? !entry.byOccupation : !entry.allOccupations) {
    throw badUserInput(
      check.byOccupation
        ? 'This figure is published for a territory as a whole, not per occupation.'
        : 'This figure is published per occupation only: give an occupation.',
      check.argument,
    );
  }
}

export interface IndicatorRequest {
  field: IndicatorField;
  territory: TerritoryRecord;
  /** A validated ROME code, or null for every occupation together. */
  romeCode: string | null;
  periods: PeriodRangeInput | null | undefined;
  /** Argument to blame for a territory the indicator is not computed for. */
  territoryArgument: string;
}

/**
 * An indicator's figures, one entry per period, latest first: the latest period alone unless a range is asked.
 * Null when France Travail publishes no figure. The breakdown by characteristic is asked only when selected.
 */
export async function indicatorFigures(context: GraphContext, info: GraphQLResolveInfo, request: IndicatorRequest) {
  const indicator = INDICATOR_OF_FIELD[request.field];
  const range = request.periods ? assertPeriodRange(request.periods, PERIOD_KIND_OF[indicator], 'periods') : null;
  const { record, key } = publishedFor(request.territory, context.upstream.marche.territoryLevels);
  await assertSupported(context, {
    code: indicator,
    level: key.level,
    byOccupation: request.romeCode !== null,
    argument: request.territoryArgument,
  });
  const items = await marketLoaders(context).indicators.load({
    indicator,
    territory: key,
    ...(request.romeCode ? { romeCode: request.romeCode } : {}),
    latestOnly: range === null,
    withCharacteristics: selectedTypesBelow(info).has('CharacteristicFigure'),
  });
  if (items.length === 0) return null;
  const figures = figuresByPeriod(request.field, items, {
    territory: toTerritory(record),
    occupationCode: request.romeCode,
  });
  return range ? figures.filter((figure) => inRange(figure.period.code, range)) : figures.slice(0, 1);
}

/** Salaries of an occupation in a territory; every occupation of the territory comes in the same call. */
export async function salaryIn(
  context: GraphContext,
  territory: TerritoryRecord,
  romeCode: string,
  territoryArgument: string,
): Promise<OccupationSalary | null> {
  const { key } = publishedFor(territory, context.upstream.marche.territoryLevels);
  await assertSupported(context, {
    code: 'SAL_3',
    level: key.level,
    byOccupation: true,
    argument: territoryArgument,
  });
  return (await marketLoaders(context).salaries.load(territory)).get(romeCode) ?? null;
}
