import { Prng } from '../offres/prng';
import type { AgencyRecord } from './agency-record';

/** The referential's vocabulary for the 2019 site types: local agencies, territorial and regional directions. */
const TYPE_BY_SITE: Record<string, string> = { ALE: 'APE', DDA: 'DT', DRA: 'DR' };
/** France Travail's SIREN: every agency's SIRET starts with it. */
const FRANCE_TRAVAIL_SIREN = '130005481';

type Day = Record<string, string | number>;

/** An agency as Référentiel des agences returns it, derived deterministically from the open record. */
export function agencyView(record: AgencyRecord, withHours: boolean): Record<string, unknown> {
  const random = Prng.fromKey(`agence:${record.code}`);
  const local = record.typeSite === 'ALE';
  return {
    code: record.code,
    codeSafir: record.codeSafir,
    libelle: record.libelle,
    libelleEtendu: local ? `Agence France Travail ${record.libelle}` : `France Travail ${record.libelle}`,
    type: TYPE_BY_SITE[record.typeSite] ?? record.typeSite,
    typeAccueil: local ? String(1 + Math.floor(random.next() * 3)) : '0',
    codeRegionINSEE: record.codeRegionINSEE,
    dispositifADEDA: local && random.next() < 0.4,
    contact: {
      telephonePublic: local ? '39 49' : '01 00 00 00 00',
      email: `${local ? 'ape' : 'dir'}.${record.codeSafir}@sandbox.francetravail.invalid`,
    },
    siret: `${FRANCE_TRAVAIL_SIREN}${record.codeSafir.padStart(5, '0').slice(-5)}`,
    adressePrincipale: {
      ...(record.complementAdresse ? { ligne3: record.complementAdresse } : {}),
      ligne4: record.adresse,
      ligne5: '',
      ligne6: `${record.codePostal} ${record.commune}`,
      ...(record.latitude !== undefined && record.longitude !== undefined
        ? { gpsLat: record.latitude, gpsLon: record.longitude }
        : {}),
      ...(record.codeCommune ? { communeImplantation: record.codeCommune } : {}),
      bureauDistributeur: record.codePostal,
    },
    ...(withHours ? { horaires: local ? weekOf(random) : directionWeek() } : {}),
  };
}

/**
 * Local agencies: split days with appointment-only afternoons on some days, one afternoon closed to walk-ins,
 * Friday afternoon closed — the patterns the real referential shows.
 */
function weekOf(random: Prng): Day[] {
  const closedAfternoon = 1 + Math.floor(random.next() * 4);
  const opensEarly = random.next() < 0.5;
  return [1, 2, 3, 4, 5].map((jour) => {
    const morning = { ouvertureMatin: opensEarly ? '0830' : '0845', fermetureMatin: '1230' };
    if (jour === 5) return { jour, horaireFerme: 'N', horaireEnContinu: 'N', ...morning };
    if (jour === closedAfternoon)
      return {
        jour,
        horaireFerme: 'N',
        horaireEnContinu: 'N',
        ...morning,
        ouvertureApresMidiRDV: '1330',
        fermetureApresMidiRDV: '1630',
      };
    return {
      jour,
      horaireFerme: 'N',
      horaireEnContinu: 'N',
      ...morning,
      ouvertureApresMidi: '1330',
      fermetureApresMidi: '1630',
      ouvertureApresMidiRDV: '1330',
      fermetureApresMidiRDV: '1700',
    };
  });
}

/** Directions receive no public: closed every day. */
function directionWeek(): Day[] {
  return [1, 2, 3, 4, 5].map((jour) => ({ jour, horaireFerme: 'O' }));
}
