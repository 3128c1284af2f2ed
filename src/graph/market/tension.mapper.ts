import type { TensionValeurDto } from '../../upstream';
import type { Tension, Territory } from './market.types';
import { type Period, toPeriod } from './period';

const LEVEL_LABELS = ['Very low', 'Low', 'Moderate', 'High', 'Very high'];

type TensionFigures = Omit<Tension, 'territory'>;

/** Groups the PERSP_2 items (one per sub-indicator and year) into one record per year, latest first. */
export function tensionsByYear(romeCode: string, items: readonly TensionValeurDto[]): TensionFigures[] {
  const years = new Map<number, TensionFigures>();
  for (const item of items) {
    const year = Number(item.codePeriode.slice(0, 4));
    if (!Number.isInteger(year)) continue;
    let tension = years.get(year);
    if (!tension) {
      tension = emptyYear(year, romeCode, item.libPeriode);
      years.set(year, tension);
    }
    apply(tension, item);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

export function withTerritory(figures: TensionFigures, territory: Territory): Tension {
  return { ...figures, territory };
}

function emptyYear(year: number, occupationCode: string, label: string | null | undefined): TensionFigures {
  return {
    year,
    period: toPeriod(String(year), label) as Period,
    occupationCode,
    level: null,
    label: null,
    index: null,
    hiringIntensity: null,
    labourShortage: null,
    workingConditions: null,
    employmentDurability: null,
    geographicMismatch: null,
    trainingLink: null,
    salaryAttractiveness: null,
  };
}

function apply(tension: TensionFigures, item: TensionValeurDto): void {
  const level = levelOf(item);
  switch (item.codeNomenclature) {
    case 'PERSPECTIVE':
      tension.level = level;
      tension.label = level ? LEVEL_LABELS[level - 1] : null;
      tension.index = item.valeurPrincipaleDecimale ?? null;
      break;
    case 'INT_EMB':
      tension.hiringIntensity = level;
      break;
    case 'MAIN_OEUVRE':
      tension.labourShortage = level;
      break;
    case 'COND_TRAVAIL':
      tension.workingConditions = level;
      break;
    case 'DUR_EMPL':
      tension.employmentDurability = level;
      break;
    case 'MISMATCH_GEO':
      tension.geographicMismatch = level;
      break;
    case 'SPECIF_FORM_EMPL':
      tension.trainingLink = level;
      break;
    case 'ATTR_SALARIALE':
      tension.salaryAttractiveness = level;
      break;
  }
}

/** The level travels as `valeurPrincipaleNom` ("1".."5") or `valeurPrincipaleNombre` depending on the sub-indicator. */
function levelOf(item: TensionValeurDto): number | null {
  const raw = item.valeurPrincipaleNom != null ? Number(item.valeurPrincipaleNom) : item.valeurPrincipaleNombre;
  return raw != null && Number.isInteger(raw) && raw >= 1 && raw <= 5 ? raw : null;
}
