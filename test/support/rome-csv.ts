import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppellationCandidate } from '../../src/graph/rome/appellation-matcher';

/** The shared open-data folder, laid beside the repository (see shared/data/README.md). */
export const sharedDataDir = path.resolve(__dirname, '../../../shared/data');

export const romeDataDir = path.join(sharedDataDir, 'rome_v460');

export function sharedDataFile(relativePath: string): string {
  return path.join(sharedDataDir, relativePath);
}

/** True when the file exists; otherwise says so on the console, so a skipped data test is visible. */
export function hasSharedData(relativePath: string): boolean {
  if (existsSync(sharedDataFile(relativePath))) return true;
  console.warn(`Shared open data not found at ${sharedDataFile(relativePath)}: the tests that need it are skipped.`);
  return false;
}

export type CsvRecord = Record<string, string>;

/** Reads one file of the ROME open-data export (file name relative to rome_v460/) as records keyed by the header. */
export function readRomeCsv(fileName: string): CsvRecord[] {
  return parseCsv(readFileSync(path.join(romeDataDir, fileName), 'utf8'));
}

/**
 * RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. Blank lines between
 * records are skipped, as some ROME files have them.
 */
export function parseCsv(text: string): CsvRecord[] {
  const rows = parseRows(text).filter((row) => !(row.length === 1 && row[0] === ''));
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? ''])));
}

function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (quoted) {
      if (character === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (character === '"') {
        quoted = false;
      } else {
        field += character;
      }
    } else if (character === '"') {
      quoted = true;
    } else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += character;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export const APPELLATION_FILE = 'rome_v460/unix_referentiel_appellation_v460_utf8.csv';

export interface ReferentialAppellation extends AppellationCandidate {
  romeCode: string;
}

/** Every appellation of the referential, in file order. */
export function readAppellations(): ReferentialAppellation[] {
  return readRomeCsv(path.basename(APPELLATION_FILE)).map((record) => ({
    code: record.code_ogr,
    libelle: record.libelle_appellation_long,
    libelleCourt: record.libelle_appellation_court || undefined,
    classification: record.classification || undefined,
    romeCode: record.code_rome,
  }));
}

/** The matcher's input: appellations grouped by their ROME code. */
export function groupByRomeCode(appellations: readonly ReferentialAppellation[]): Map<string, AppellationCandidate[]> {
  const grouped = new Map<string, AppellationCandidate[]>();
  for (const { romeCode, ...candidate } of appellations) {
    const group = grouped.get(romeCode);
    if (group) group.push(candidate);
    else grouped.set(romeCode, [candidate]);
  }
  return grouped;
}
