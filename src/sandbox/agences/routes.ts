import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonResponse, type SandboxResponse } from '../http/response';
import { bundledDataDir } from '../referential/bundled';
import type { ApiRoute } from '../routing';
import { loadCommunes } from '../territories/communes';
import { type AgencyRecord, BUNDLED_AGENCIES_FILE } from './agency-record';
import { agencyView } from './agency-view';

const BASE = '/referentielagences/v1';
const INSEE_COMMUNE = /^(\d{5}|2[AB]\d{3})$/;

const error = (status: number, message: string): SandboxResponse => jsonResponse(status, { message });

export function agencesRoutes(): ApiRoute[] {
  let agencies: AgencyRecord[] | undefined;
  const all = () => (agencies ??= loadAgencies());
  return [
    {
      api: 'agences',
      method: 'GET',
      template: `${BASE}/agences`,
      handle: (request) => {
        const withHours = flag(request.query.get('horaire'));
        if (withHours === undefined) return error(400, "Le paramètre horaire doit valoir 'true' ou 'false'.");
        const competence = flag(request.query.get('zonecompetence'));
        if (competence === undefined) return error(400, "Le paramètre zonecompetence doit valoir 'true' ou 'false'.");
        if (!competence)
          return jsonResponse(
            200,
            all().map((record) => agencyView(record, withHours)),
          );
        const commune = request.query.get('commune');
        if (!commune) return error(400, 'Le paramètre commune est obligatoire avec zonecompetence=true.');
        if (!INSEE_COMMUNE.test(commune)) return error(400, `Le code commune « ${commune} » est invalide.`);
        return jsonResponse(
          200,
          competentFor(commune, all()).map((record) => agencyView(record, withHours)),
        );
      },
    },
  ];
}

/** Absent means false; anything but true/false is refused as upstream does with its boolean parameters. */
function flag(value: string | null): boolean | undefined {
  if (value === null || value === 'false') return false;
  if (value === 'true') return true;
  return undefined;
}

function loadAgencies(): AgencyRecord[] {
  const path = join(bundledDataDir(), BUNDLED_AGENCIES_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as AgencyRecord[]) : [];
}

/**
 * The competence zone, simulated: the local agency of the commune itself, otherwise the local agency of the same
 * département whose postcode is closest to the commune's. Unknown or foreign communes have none.
 */
function competentFor(communeCode: string, agencies: AgencyRecord[]): AgencyRecord[] {
  const local = agencies.filter((agency) => agency.typeSite === 'ALE');
  const inCommune = local.find((agency) => agency.codeCommune === communeCode);
  if (inCommune) return [inCommune];
  const commune = loadCommunes().find((c) => c.code === communeCode && c.type === 'commune-actuelle');
  if (!commune?.departement) return [];
  const postcode = Number(commune.codesPostaux?.[0] ?? 0);
  const candidates = local.filter((agency) => agency.codeCommune?.startsWith(commune.departement!) ?? false);
  const closest = candidates.reduce<AgencyRecord | undefined>(
    (best, agency) =>
      best === undefined ||
      Math.abs(Number(agency.codePostal) - postcode) < Math.abs(Number(best.codePostal) - postcode)
        ? agency
        : best,
    undefined,
  );
  return closest ? [closest] : [];
}
