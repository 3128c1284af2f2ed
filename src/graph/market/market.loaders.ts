import type DataLoader from 'dataloader';
import type { GraphContext } from '../context';
import { keyedLoader } from '../shared/loaders';
import { perRequest } from '../shared/per-request';
import { territoryKey } from '../territory/territory-argument';
import { territoryDirectory, type TerritoryRecord } from '../territory/territory-directory';
import type { Tension } from './market.types';
import { tensionsByYear, withTerritory } from './tension.mapper';
import { toTerritory } from './territories';

interface TensionKey {
  romeCode: string;
  territory: TerritoryRecord;
}

export interface MarketLoaders {
  /** Every published year of the tension of one occupation in one territory, latest first: one upstream call per (occupation, territory). */
  tensions: DataLoader<TensionKey, Tension[], string>;
}

export const marketLoaders = perRequest<GraphContext, MarketLoaders>(({ upstream }) => {
  /** Figures are published for coarser territories than communes: ask for, and report, the one they describe. */
  const publishedFor = (territory: TerritoryRecord): TerritoryRecord => {
    const published = territoryDirectory.atOneOf(territory, upstream.marche.territoryLevels);
    if (!published) throw new Error(`No labour-market figures cover ${territory.id}.`);
    return published;
  };
  return {
    tensions: keyedLoader({
      load: async ({ romeCode, territory }: TensionKey) => {
        const answeredFor = publishedFor(territory);
        const items = await upstream.marche.getTension({ territory: territoryKey(answeredFor), romeCode });
        return tensionsByYear(romeCode, items).map((figures) => withTerritory(figures, toTerritory(answeredFor)));
      },
      cacheKey: ({ romeCode, territory }) => `${romeCode}|${publishedFor(territory).id}`,
    }),
  };
});

/** The requested year, or the latest when none is asked; null when no figure exists. */
export function pickYear(tensions: Tension[], year: number | null | undefined): Tension | null {
  if (year === null || year === undefined) return tensions[0] ?? null;
  return tensions.find((tension) => tension.year === year) ?? null;
}
