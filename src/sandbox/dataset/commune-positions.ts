import { readCsvRecords } from '../referential/csv';
import type { CommunePositions } from '../referential/bundled';
import { loadCommunes } from '../territories/communes';

/**
 * Positions of the communes that host a Pôle emploi agency (2019 agency list): the only open coordinates in the
 * project's data. Agencies name their commune in upper case without accents and give a postcode; both are
 * matched against the official commune list. Generated offers in other communes simply carry no coordinates.
 */
export function buildCommunePositions(agenciesCsvPath: string): CommunePositions {
  const communes = loadCommunes().filter((c) => c.type === 'commune-actuelle');
  const byPostcode = new Map<string, typeof communes>();
  for (const commune of communes) {
    for (const postcode of commune.codesPostaux ?? []) {
      const list = byPostcode.get(postcode) ?? [];
      list.push(commune);
      byPostcode.set(postcode, list);
    }
  }

  const positions: CommunePositions = {};
  const agencies = readCsvRecords(agenciesCsvPath).sort((a, b) => a.CODE_SAFIR.localeCompare(b.CODE_SAFIR));
  for (const agency of agencies) {
    const latitude = parseDecimalComma(agency.DN_LATITUDE);
    const longitude = parseDecimalComma(agency.DN_LONGITUDE);
    if (latitude === undefined || longitude === undefined) continue;
    const candidates = byPostcode.get(agency.CODE_POSTAL) ?? [];
    const name = normaliseName(agency.COMMUNE);
    const match =
      candidates.find((c) => normaliseName(c.nom) === name) ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (match && !positions[match.code]) positions[match.code] = [round(latitude), round(longitude)];
  }
  return Object.fromEntries(Object.entries(positions).sort(([a], [b]) => a.localeCompare(b)));
}

function parseDecimalComma(value: string | undefined): number | undefined {
  if (!value || value === 'NULL') return undefined;
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}

function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/\bSAINTE?\b/g, (word) => (word === 'SAINT' ? 'ST' : 'STE'))
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
