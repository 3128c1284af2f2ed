import type { CaracteristiqueDto, IndicatorCode, SalaireDto, ValeurParPeriodeDto } from '../../upstream';
import {
  CharacteristicKind,
  type CharacteristicFigure,
  type DynamismFigures,
  type HireFigures,
  HireDuration,
  JobSeekerCategory,
  type JobSeekerFigures,
  type OfferFigures,
  RegisteredOfferOrigin,
  type OccupationSalary,
} from './indicator.types';
import type { Territory } from './market.types';
import { type Period, PeriodKind, toPeriod } from './period';

/** The quarterly indicators the graph serves, by the name of their field. */
export type IndicatorField = 'jobSeekers' | 'newRegistrations' | 'registeredOffers' | 'hires' | 'dynamism';

export const INDICATOR_OF_FIELD: Record<IndicatorField, IndicatorCode> = {
  jobSeekers: 'DE_1',
  newRegistrations: 'DE_5',
  registeredOffers: 'OFF_1',
  hires: 'EMB_1',
  dynamism: 'DYN_1',
};

export const PERIOD_KIND_OF: Record<IndicatorCode, PeriodKind> = {
  DE_1: PeriodKind.QUARTER,
  DE_5: PeriodKind.QUARTER,
  OFF_1: PeriodKind.QUARTER,
  EMB_1: PeriodKind.QUARTER,
  DYN_1: PeriodKind.QUARTER,
  PERSP_2: PeriodKind.YEAR,
};

const CATEGORIES: Record<string, JobSeekerCategory> = Object.fromEntries(
  Object.values(JobSeekerCategory).map((category) => [category, category]),
);
const ORIGINS: Record<string, RegisteredOfferOrigin> = {
  FT: RegisteredOfferOrigin.FRANCE_TRAVAIL,
  PART: RegisteredOfferOrigin.PARTNERS,
  TOUTE: RegisteredOfferOrigin.ALL,
};
const DURATIONS: Record<string, HireDuration> = {
  'ABCDE-TOUTE': HireDuration.ANY,
  'ABCDE-SUP1M': HireDuration.OVER_ONE_MONTH,
  'ABCDE-SUP6M': HireDuration.OVER_SIX_MONTHS,
};
const CHARACTERISTIC_KINDS: Record<string, CharacteristicKind> = {
  GENRE: CharacteristicKind.GENDER,
  AGE: CharacteristicKind.AGE,
};

type AnyFigures = JobSeekerFigures | OfferFigures | HireFigures | DynamismFigures;

/** What every period's figures share: the period, the territory answered for, the occupation. */
interface Frame {
  period: Period;
  territory: Territory;
  occupationCode: string | null;
}

/** Groups an indicator's items by period, latest first, and maps each period to the field's typed figures. */
export function figuresByPeriod(
  field: IndicatorField,
  items: readonly ValeurParPeriodeDto[],
  frame: Omit<Frame, 'period'>,
): AnyFigures[] {
  const periods = new Map<string, ValeurParPeriodeDto[]>();
  for (const item of items) {
    const list = periods.get(item.codePeriode);
    if (list) list.push(item);
    else periods.set(item.codePeriode, [item]);
  }
  const figures: AnyFigures[] = [];
  for (const [code, periodItems] of [...periods].sort(([a], [b]) => b.localeCompare(a))) {
    const period = toPeriod(code, periodItems[0]?.libPeriode);
    if (period) figures.push(build(field, periodItems, { ...frame, period }));
  }
  return figures;
}

function build(field: IndicatorField, items: ValeurParPeriodeDto[], frame: Frame): AnyFigures {
  switch (field) {
    case 'jobSeekers':
    case 'newRegistrations':
      return {
        ...frame,
        categories: counts(items, CATEGORIES).map(({ value, ...rest }) => ({ category: value, ...rest })),
      };
    case 'registeredOffers':
      return { ...frame, origins: counts(items, ORIGINS).map(({ value, ...rest }) => ({ origin: value, ...rest })) };
    case 'hires':
      return {
        ...frame,
        durations: counts(items, DURATIONS).map(({ value, ...rest }) => ({ duration: value, ...rest })),
      };
    case 'dynamism': {
      const item = items[0];
      return { ...frame, employmentChangeRate: item?.valeurPrincipaleTaux ?? item?.valeurPrincipaleDecimale ?? null };
    }
  }
}

/** The items whose nomenclature value the graph knows, in the enum's order; unknown values are left out. */
function counts<E extends string>(items: ValeurParPeriodeDto[], byCode: Record<string, E>) {
  const order = Object.values(byCode);
  return items
    .flatMap((item) => {
      const value = item.codeNomenclature ? byCode[item.codeNomenclature] : undefined;
      if (!value) return [];
      return [
        {
          value,
          label: item.libNomenclature ?? null,
          count: item.valeurPrincipaleNombre ?? null,
          share: item.valeurSecondairePourcentage ?? null,
          characteristics: item.listeValeurParCaract ? item.listeValeurParCaract.map(toCharacteristic) : null,
        },
      ];
    })
    .sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
}

function toCharacteristic(item: CaracteristiqueDto): CharacteristicFigure {
  const masked = item.masque === true;
  return {
    kind: CHARACTERISTIC_KINDS[item.codeTypeCaract] ?? CharacteristicKind.OTHER,
    typeCode: item.codeTypeCaract,
    code: item.codeCaract,
    label: item.libCaract ?? null,
    count: masked ? null : (item.nombre ?? null),
    share: masked ? null : (item.pourcentage ?? null),
    masked,
  };
}

/** Salaries of every occupation of a territory, by ROME code (the latest year when several come back). */
export function salariesByOccupation(
  items: readonly SalaireDto[],
  territory: Territory,
): Map<string, OccupationSalary> {
  const byOccupation = new Map<string, OccupationSalary>();
  for (const item of items) {
    const period = toPeriod(item.codePeriode, item.libPeriode);
    if (!period) continue;
    const known = byOccupation.get(item.codeActivite);
    if (known && known.period.code >= period.code) continue;
    const amount = (code: string) =>
      item.salaireValeurMontant?.find((value) => value.codeNomenclature === code)?.valeurPrincipaleMontant ?? null;
    byOccupation.set(item.codeActivite, {
      occupationCode: item.codeActivite,
      occupationLabel: item.libActivite ?? null,
      period,
      territory,
      entry: amount('SAL1'),
      experienced: amount('SAL2'),
      average: amount('SAL3'),
    });
  }
  return byOccupation;
}
