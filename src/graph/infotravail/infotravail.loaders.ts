import DataLoader from 'dataloader';
import type { ImtStatisticDto } from '../../upstream';
import type { GraphContext } from '../context';
import { fromUpstream } from '../shared/errors';
import { perRequest } from '../shared/per-request';

export interface ImtKey {
  romeCode: string;
  area: { level: 'NATION' | 'REGION' | 'DEPARTEMENT'; code: string };
}

export interface InfotravailLoaders {
  /** IMT figures per (occupation, area); the occupations asked for one area in a request share one SQL call. */
  imt: DataLoader<ImtKey, ImtStatisticDto | null, string>;
}

export const infotravailLoaders = perRequest<GraphContext, InfotravailLoaders>(({ upstream }) => ({
  imt: new DataLoader<ImtKey, ImtStatisticDto | null, string>(
    async (keys) => {
      const byArea = new Map<string, ImtKey[]>();
      for (const key of keys) {
        const area = `${key.area.level}:${key.area.code}`;
        byArea.set(area, [...(byArea.get(area) ?? []), key]);
      }
      const answers = new Map<string, Promise<ImtStatisticDto[]>>();
      for (const [area, group] of byArea) {
        const romeCodes = [...new Set(group.map((key) => key.romeCode))];
        answers.set(
          area,
          fromUpstream(() => upstream.infotravail.imtStatistics({ romeCodes, area: group[0].area })),
        );
      }
      return Promise.all(
        keys.map(async (key) => {
          try {
            const rows = await answers.get(`${key.area.level}:${key.area.code}`)!;
            return rows.find((row) => row.romeCode === key.romeCode) ?? null;
          } catch (error) {
            return error as Error;
          }
        }),
      );
    },
    { cacheKeyFn: (key) => `${key.romeCode}|${key.area.level}:${key.area.code}` },
  ),
}));
