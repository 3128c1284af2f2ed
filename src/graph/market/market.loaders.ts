import DataLoader from 'dataloader';
import type { IndicatorCode, MarcheTerritory, ValeurParPeriodeDto } from '../../upstream';
import type { GraphContext } from '../context';
import { fromUpstream } from '../shared/errors';
import { perRequest } from '../shared/per-request';
import type { MarketTerritoryRecord } from './bassins';
import type { OccupationSalary } from './indicator.types';
import { salariesByOccupation } from './indicator.mapper';
import type { Tension } from './market.types';
import { tensionsByYear, withTerritory } from './tension.mapper';
import { marketTerritoryOf, toTerritory } from './territories';

interface TensionKey {
  romeCode: string;
  territory: MarketTerritoryRecord;
}

/** One indicator call: the same key from any resolver of the request is asked once. */
export interface IndicatorKey {
  indicator: IndicatorCode;
  territory: MarcheTerritory;
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
  salaries: DataLoader<MarketTerritoryRecord, Map<string, OccupationSalary>, string>;
}

/** Rejections stay per key: one failing call fails its own fields only. */
const each =
  <K, V>(load: (key: K) => Promise<V>) =>
  (keys: readonly K[]): Promise<(V | Error)[]> =>
    Promise.all(keys.map((key) => fromUpstream(() => load(key)).catch((error: Error) => error)));

export const marketLoaders = perRequest<GraphContext, MarketLoaders>(({ upstream }) => ({
  tensions: new DataLoader<TensionKey, Tension[], string>(
    each(async ({ romeCode, territory }) => {
      const { record, marche } = marketTerritoryOf(territory);
      const items = await upstream.marche.getTension({ territory: marche, romeCode });
      return tensionsByYear(romeCode, items).map((figures) => withTerritory(figures, toTerritory(record)));
    }),
    {
      cacheKeyFn: ({ romeCode, territory }) => {
        const { marche } = marketTerritoryOf(territory);
        return `${romeCode}|${marche.level}|${marche.code}`;
      },
    },
  ),
  indicators: new DataLoader<IndicatorKey, readonly ValeurParPeriodeDto[], string>(
    each((key) => upstream.marche.getIndicator(key)),
    {
      cacheKeyFn: (key) =>
        [
          key.indicator,
          key.territory.level,
          key.territory.code,
          key.romeCode ?? '*',
          key.latestOnly,
          key.withCharacteristics,
        ].join('|'),
    },
  ),
  salaries: new DataLoader<MarketTerritoryRecord, Map<string, OccupationSalary>, string>(
    each(async (territory) => {
      const { record, marche } = marketTerritoryOf(territory);
      return salariesByOccupation(await upstream.marche.getSalaries(marche), toTerritory(record));
    }),
    { cacheKeyFn: (territory) => marketTerritoryOf(territory).record.id },
  ),
}));

/** The requested year, or the latest when none is asked; null when no figure exists. */
export function pickYear(tensions: Tension[], year: number | null | undefined): Tension | null {
  if (year === null || year === undefined) return tensions[0] ?? null;
  return tensions.find((tension) => tension.year === year) ?? null;
}
