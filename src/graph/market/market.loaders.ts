import DataLoader from 'dataloader';
import type { GraphContext } from '../context';
import { fromUpstream } from '../shared/errors';
import { perRequest } from '../shared/per-request';
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

export const marketLoaders = perRequest<GraphContext, MarketLoaders>(({ upstream, upstreamScope }) => ({
  tensions: new DataLoader<TensionKey, Tension[], string>(
    (keys) =>
      Promise.all(
        keys.map(async ({ romeCode, territory }) => {
          const market = territoryDirectory.marketTerritoryOf(territory);
          const answeredFor = territoryAtMarketLevel(territory, market.codeTypeTerritoire);
          try {
            const items = await fromUpstream(() =>
              upstream.marche.getTension(
                {
                  territoryType: market.codeTypeTerritoire,
                  territoryCode: market.codeTerritoire,
                  romeCode,
                },
                upstreamScope,
              ),
            );
            return tensionsByYear(romeCode, items).map((figures) => withTerritory(figures, toTerritory(answeredFor)));
          } catch (error) {
            return error as Error;
          }
        }),
      ),
    {
      cacheKeyFn: ({ romeCode, territory }) => {
        const market = territoryDirectory.marketTerritoryOf(territory);
        return `${romeCode}|${market.codeTypeTerritoire}|${market.codeTerritoire}`;
      },
    },
  ),
}));

/** Figures for a commune are the département's: report the territory they really describe. */
function territoryAtMarketLevel(territory: TerritoryRecord, level: 'NAT' | 'REG' | 'DEP'): TerritoryRecord {
  if (level === 'DEP' && territory.type === 'COMMUNE' && territory.departementCode) {
    return territoryDirectory.get('DEPARTEMENT', territory.departementCode) ?? territory;
  }
  return territory;
}

/** The requested year, or the latest when none is asked; null when no figure exists. */
export function pickYear(tensions: Tension[], year: number | null | undefined): Tension | null {
  if (year === null || year === undefined) return tensions[0] ?? null;
  return tensions.find((tension) => tension.year === year) ?? null;
}
