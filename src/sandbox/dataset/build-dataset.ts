/**
 * Builds the bundled sandbox dataset (src/sandbox/dataset/data/*.json) from the project's open-data folder.
 * Usage: `npm run sandbox:dataset` (reads ../shared/data next to the repository) or
 * `node dist/src/sandbox/dataset/build-dataset.js <data dir>`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BUNDLED_BASSINS_FILE, buildBassinDataset } from '../marche/bassins';
import { BUNDLED_COMMUNE_POSITIONS_FILE, BUNDLED_REFERENTIAL_FILE } from '../referential/bundled';
import { BUNDLED_AGENCIES_FILE } from '../agences/agency-record';
import { buildAgencyRecords } from '../agences/build-agencies';
import { loadReferentialFromOpenData } from '../referential/open-data-loader';
import { buildCommunePositions } from './commune-positions';
import { selectBundledSubset } from './selection';

function findRepositoryRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

function main(): void {
  const repositoryRoot = findRepositoryRoot(__dirname);
  const dataDir = resolve(process.argv[2] ?? join(repositoryRoot, '..', 'shared', 'data'));
  const outputDir = join(repositoryRoot, 'src', 'sandbox', 'dataset', 'data');
  mkdirSync(outputDir, { recursive: true });

  const subset = selectBundledSubset(loadReferentialFromOpenData(dataDir));
  const referentialJson = JSON.stringify(subset);
  writeFileSync(join(outputDir, BUNDLED_REFERENTIAL_FILE), `${referentialJson}\n`);

  const positions = buildCommunePositions(join(dataDir, 'agences', 'pole_emploi_agencies_2019.csv'));
  const positionsJson = JSON.stringify(positions);
  writeFileSync(join(outputDir, BUNDLED_COMMUNE_POSITIONS_FILE), `${positionsJson}\n`);

  const bassins = buildBassinDataset(dataDir);
  if (bassins) writeFileSync(join(outputDir, BUNDLED_BASSINS_FILE), `${JSON.stringify(bassins)}\n`);

  const agencies = buildAgencyRecords(join(dataDir, 'agences', 'pole_emploi_agencies_2019.csv'));
  const agenciesJson = JSON.stringify(agencies);
  writeFileSync(join(outputDir, BUNDLED_AGENCIES_FILE), `${agenciesJson}\n`);

  const kb = (text: string) => `${Math.round(Buffer.byteLength(text) / 1024)} KB`;
  console.log(
    `sandbox dataset written to ${outputDir}: ${subset.fiches.length} fiches, ${subset.appellations.length} appellations, ` +
      `${subset.competences.length} compétences, ${subset.savoirs.length} savoirs, ${subset.tensions.rows.length} tension rows ` +
      `(${kb(referentialJson)}); ${Object.keys(positions).length} commune positions (${kb(positionsJson)}); ${agencies.length} agencies (${kb(agenciesJson)})`,
  );
}

main();
