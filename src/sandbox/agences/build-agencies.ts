import { readCsvRecords } from '../referential/csv';
import { loadCommunes } from '../territories/communes';
import type { AgencyRecord } from './agency-record';

/**
 * The agencies of the 2019 open list (../shared/data/agences), each matched to its current INSEE commune by
 * postcode and name. Apostrophes the export mangled into "¿" are restored; NULL cells are dropped.
 */
export function buildAgencyRecords(agenciesCsvPath: string): AgencyRecord[] {
  const communes = loadCommunes().filter((c) => c.type === 'commune-actuelle');
  const byPostcode = new Map<string, typeof communes>();
  for (const commune of communes) {
    for (const postcode of commune.codesPostaux ?? []) {
      byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), commune]);
    }
  }
  const seen = new Set<string>();
  const records: AgencyRecord[] = [];
  for (const row of readCsvRecords(agenciesCsvPath)) {
    const code = row.REFERENCE_PE.slice(0, 7);
    if (seen.has(code)) continue;
    seen.add(code);
    const candidates = byPostcode.get(row.CODE_POSTAL) ?? [];
    const name = comparable(row.COMMUNE);
    const commune =
      candidates.find((c) => comparable(c.nom) === name) ?? (candidates.length === 1 ? candidates[0] : undefined);
    records.push({
      code,
      codeSafir: row.CODE_SAFIR,
      libelle: clean(row.NOM)!,
      typeSite: row.TYPE_SITE,
      codeRegionINSEE: row.REGION,
      complementAdresse: clean(row.COMPLEMENT_ADRESSE) ?? clean(row.DC_COMPLEMENTADRSITEPHYSIQUE),
      adresse: clean(row.ADRESSE) ?? '',
      codePostal: row.CODE_POSTAL,
      commune: clean(row.COMMUNE) ?? '',
      codeCommune: commune?.code,
      latitude: decimalComma(row.DN_LATITUDE),
      longitude: decimalComma(row.DN_LONGITUDE),
    });
  }
  return records.sort((a, b) => a.code.localeCompare(b.code));
}

function clean(value: string | undefined): string | undefined {
  if (!value || value === 'NULL') return undefined;
  return value.replaceAll('¿', "'").trim() || undefined;
}

function decimalComma(value: string | undefined): number | undefined {
  if (!value || value === 'NULL') return undefined;
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? Math.round(number * 1e6) / 1e6 : undefined;
}

function comparable(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/\bSAINTE?\b/g, (word) => (word === 'SAINT' ? 'ST' : 'STE'))
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}
