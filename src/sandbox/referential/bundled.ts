import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReferentialSnapshot } from './model';

export const BUNDLED_REFERENTIAL_FILE = 'referential.json';
export const BUNDLED_COMMUNE_POSITIONS_FILE = 'commune-positions.json';

/**
 * The dataset lives beside the sources (src/sandbox/dataset/data). Compiled code runs from dist/src/sandbox/...,
 * where tsc does not copy JSON files, so fall back to the source tree.
 */
export function bundledDataDir(): string {
  const candidates = [
    join(__dirname, '..', 'dataset', 'data'),
    resolve(__dirname, '..', '..', '..', '..', 'src', 'sandbox', 'dataset', 'data'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, BUNDLED_REFERENTIAL_FILE)));
  if (!found) throw new Error('The bundled sandbox dataset is missing: run `npm run sandbox:dataset`.');
  return found;
}

export function loadBundledReferential(): ReferentialSnapshot {
  return JSON.parse(readFileSync(join(bundledDataDir(), BUNDLED_REFERENTIAL_FILE), 'utf8')) as ReferentialSnapshot;
}

/** INSEE commune code → [latitude, longitude], for the communes whose position is known. */
export type CommunePositions = Record<string, [number, number]>;

export function loadCommunePositions(): CommunePositions {
  const path = join(bundledDataDir(), BUNDLED_COMMUNE_POSITIONS_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CommunePositions) : {};
}
