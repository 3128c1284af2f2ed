import type { AgenceDto, HoraireDto } from '../../upstream';
import {
  type Agency,
  type AgencyAddress,
  AgencyKind,
  type AgencyOpeningDay,
  type TimeRange,
  Weekday,
} from './agency.types';

const KIND_BY_TYPE: Record<string, AgencyKind> = {
  APE: AgencyKind.LOCAL_AGENCY,
  DT: AgencyKind.TERRITORIAL_DIRECTION,
  DR: AgencyKind.REGIONAL_DIRECTION,
};
const WEEK = [
  Weekday.MONDAY,
  Weekday.TUESDAY,
  Weekday.WEDNESDAY,
  Weekday.THURSDAY,
  Weekday.FRIDAY,
  Weekday.SATURDAY,
  Weekday.SUNDAY,
];

export function toAgency(dto: AgenceDto): Agency {
  return {
    code: dto.code,
    safirCode: dto.codeSafir ?? null,
    name: dto.libelle,
    fullName: dto.libelleEtendu ?? null,
    kind: (dto.type && KIND_BY_TYPE[dto.type]) || AgencyKind.OTHER,
    type: dto.type ?? null,
    receptionType: dto.typeAccueil ?? null,
    regionCode: dto.codeRegionINSEE ?? null,
    adeda: dto.dispositifADEDA ?? null,
    contact: dto.contact ? { phone: dto.contact.telephonePublic || null, email: dto.contact.email || null } : null,
    siret: dto.siret ?? null,
    address: dto.adressePrincipale ? toAddress(dto.adressePrincipale) : null,
    openingHours: (dto.horaires ?? []).map(toOpeningDay).sort((a, b) => WEEK.indexOf(a.day) - WEEK.indexOf(b.day)),
    accessibility: dto.accessibilite ?? null,
  };
}

function toAddress(address: NonNullable<AgenceDto['adressePrincipale']>): AgencyAddress {
  const lines = [address.ligne3, address.ligne4, address.ligne5, address.ligne6]
    .map((line) => line?.trim())
    .filter((line): line is string => Boolean(line));
  const located = address.gpsLat !== undefined && address.gpsLon !== undefined;
  return {
    lines,
    postalCode: address.bureauDistributeur || null,
    communeCode: address.communeImplantation || null,
    location: located ? { latitude: address.gpsLat!, longitude: address.gpsLon! } : null,
  };
}

/** Upstream numbers days 1 (Monday) to 7 and writes times as "HHMM"; "O"/"N" are oui/non. */
export function toOpeningDay(day: HoraireDto): AgencyOpeningDay {
  const closed = day.horaireFerme === 'O';
  return {
    day: WEEK[day.jour - 1],
    closed,
    continuous: day.horaireEnContinu === 'O',
    walkIn: closed
      ? []
      : spans([
          [day.ouvertureMatin, day.fermetureMatin],
          [day.ouvertureApresMidi, day.fermetureApresMidi],
        ]),
    byAppointment: closed
      ? []
      : spans([
          [day.ouvertureMatinRDV, day.fermetureMatinRDV],
          [day.ouvertureApresMidiRDV, day.fermetureApresMidiRDV],
        ]),
  };
}

function spans(pairs: [string | undefined, string | undefined][]): TimeRange[] {
  return pairs
    .filter((pair): pair is [string, string] => Boolean(pair[0] && pair[1]))
    .map(([opens, closes]) => ({ opens: clock(opens), closes: clock(closes) }));
}

function clock(hhmm: string): string {
  return `${hhmm.slice(0, 2)}:${hhmm.slice(2, 4)}`;
}
