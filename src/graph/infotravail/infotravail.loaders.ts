import type DataLoader from 'dataloader';
import type { ImtStatisticDto, TerritoryKey } from '../../upstream';
import type { GraphContext } from '../context';
import { groupedLoader } from '../shared/loaders';
import { perRequest } from '../shared/per-request';

export interface ImtKey {
  romeCode: string;
  area: TerritoryKey;
}

export interface InfotravailLoaders {
  /** IMT figures per (occupation, area); the occupations asked for one area in a request share one SQL call. */
  imt: DataLoader<ImtKey, ImtStatisticDto | null, string>;
}

const areaOf = (key: ImtKey) => `${key.area.level}:${key.area.code}`;

export const infotravailLoaders = perRequest<GraphContext, InfotravailLoaders>(({ upstream, upstreamScope }) => ({
  imt: groupedLoader({
    name: 'infotravail.imt',
    groupOf: areaOf,
    loadGroup: (keys: ImtKey[]) =>
      upstream.infotravail.imtStatistics(
        {
          romeCodes: [...new Set(keys.map((key) => key.romeCode))],
          area: keys[0].area,
        },
        upstreamScope,
      ),
    pick: (rows, key) => rows.find((row) => row.romeCode === key.romeCode) ?? null,
    cacheKey: (key) => `${key.romeCode}|${areaOf(key)}`,
  }),
}));
