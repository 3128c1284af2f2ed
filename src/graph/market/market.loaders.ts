import type DataLoader from 'dataloader';
import type { IndicatorCode, TensionValeurDto, TerritoryKey, ValeurParPeriodeDto } from '../../upstream';
import type { GraphContext } from '../context';
import { keyedLoader } from '../shared/loaders';
import { perRequest } from '../shared/per-request';
import type { TerritoryRecord } from '../territory/territory-directory';
import { salariesByOccupation } from './indicator.mapper';
import type { OccupationSalary } from './indicator.types';
import type { Tension } from './market.types';
import { tensionsByYear, withTerritory } from './tension.mapper';
import { publishedFor } from '../territory/published-territory';
import { toTerritory } from './territories';

interface TensionKey {
  romeCode: string;
  territory: TerritoryRecord;
}

/** One indicator call: the same key from any resolver of the request is asked once. */
export interface IndicatorKey {
  indicator: IndicatorCode;
  /** A territory at a level Marché publishes figures at. */
  territory: TerritoryKey;
  /** Absent: every occupation together. */
  romeCode?: string;
  latestOnly: boolean;
  withCharacteristics: boolean;
}

export interface MarketLoaders {
  /** Every published year of the tension of one occupation in one territory, latest first: one upstream call per (occupation, territory). */
  tensions: DataLoader<TensionKey, Tension[], string>;
  /** One indicator's items; [] when France Travail publishes no figure. */
  indicators: DataLoader<IndicatorKey, readonly ValeurParPeriodeDto[], string>;
  /** Salaries of every occupation of a territory, by ROME code: one upstream call per territory. */
  salaries: DataLoader<TerritoryRecord, Map<string, OccupationSalary>, string>;
}

export const marketLoaders = perRequest<GraphContext, MarketLoaders>(({ upstream, upstreamScope }) => {
  const levels = upstream.marche.territoryLevels;
  return {
    tensions: keyedLoader({
      name: 'market.tensions',
      load: async ({ romeCode, territory }: TensionKey) => {
        const { record, key } = publishedFor(territory, levels);
        const items = await upstream.marche.getTension({ territory: key, romeCode }, upstreamScope);
        return tensionsOf(romeCode, items, record);
      },
      cacheKey: ({ romeCode, territory }) => `${romeCode}|${publishedFor(territory, levels).record.id}`,
    }),
    indicators: keyedLoader({
      name: 'market.indicators',
      load: (key: IndicatorKey) => upstream.marche.getIndicator(key, upstreamScope),
      cacheKey: (key) =>
        [
          key.indicator,
          key.territory.level,
          key.territory.code,
          key.romeCode ?? '*',
          key.latestOnly,
          key.withCharacteristics,
        ].join('|'),
    }),
    salaries: keyedLoader({
      name: 'market.salaries',
      load: async (territory: TerritoryRecord) => {
        const { record, key } = publishedFor(territory, levels);
        return salariesByOccupation(await upstream.marche.getSalaries(key, upstreamScope), toTerritory(record));
      },
      cacheKey: (territory) => publishedFor(territory, levels).record.id,
    }),
  };
});

/**
 * The tensions of one upstream answer in one territory, worked out once: the response cache hands every request the
 * same parsed items, and territory records are the directory's own. Shared between requests, so read-only.
 */
const derivedTensions = new WeakMap<readonly TensionValeurDto[], WeakMap<TerritoryRecord, Tension[]>>();

function tensionsOf(romeCode: string, items: readonly TensionValeurDto[], record: TerritoryRecord): Tension[] {
  let byTerritory = derivedTensions.get(items);
  if (!byTerritory) derivedTensions.set(items, (byTerritory = new WeakMap()));
  let tensions = byTerritory.get(record);
  if (!tensions || tensions[0]?.occupationCode !== romeCode) {
    tensions = tensionsByYear(romeCode, items).map((figures) => withTerritory(figures, toTerritory(record)));
    byTerritory.set(record, tensions);
  }
  return tensions;
}

/** The requested year, or the latest when none is asked; null when no figure exists. */
export function pickYear(tensions: Tension[], year: number | null | undefined): Tension | null {
  if (year === null || year === undefined) return tensions[0] ?? null;
  return tensions.find((tension) => tension.year === year) ?? null;
}
