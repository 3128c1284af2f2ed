import type { MetierRechercheDto, MobiliteDto } from '../../upstream';
import type { TerritoryType } from '../territory/territory-type';
import type { Mobility, SoughtJob, SoughtJobCode } from './jobseeker.types';
import { territoryOfPlace } from './mobility-place';

const FULL_TIME_CODE = '1';
const PART_TIME_CODE = '2';

/** Every field of a Métiers recherchés item, in the graph's words; `rank` is its 1-based position. */
export function toSoughtJob(dto: MetierRechercheDto, rank: number): SoughtJob {
  return {
    id: `${rank}:${dto.appellation.code}`,
    rank,
    occupationCode: dto.rome.code,
    occupationLabel: dto.rome.libelle,
    occupation: { code: dto.rome.code },
    appellationCode: dto.appellation.code,
    appellationLabel: dto.appellation.libelle,
    appellation: { code: dto.appellation.code },
    employmentTypology: dto.typologieEmploi ? codeLabel(dto.typologieEmploi) : null,
    contractTypes: [...(dto.contrats ?? [])]
      .sort((a, b) => (a.priorite ?? Number.MAX_SAFE_INTEGER) - (b.priorite ?? Number.MAX_SAFE_INTEGER))
      .map((contract) => ({
        code: contract.type.code,
        label: contract.type.libelle,
        longLabel: contract.type.libelleLong ?? null,
        priority: contract.priorite ?? null,
        reasonableOfferCriterion: contract.critereOre ?? null,
      })),
    workingTimes: (dto.dureesHebdo ?? []).map(({ tempsTravail, critereOre }) => ({
      code: tempsTravail.code,
      label: tempsTravail.libelle,
      fullTime: tempsTravail.code === FULL_TIME_CODE ? true : tempsTravail.code === PART_TIME_CODE ? false : null,
      minHours: tempsTravail.min ?? null,
      maxHours: tempsTravail.max ?? null,
      reasonableOfferCriterion: critereOre ?? null,
    })),
    experience: dto.dureeExperience
      ? { value: dto.dureeExperience.valeur, unit: codeLabel(dto.dureeExperience.unite) }
      : null,
    mobilities: (dto.mobilites ?? []).map(toMobility),
    homeMobility: dto.mobiliteHabitation
      ? {
          value: dto.mobiliteHabitation.valeur,
          unit: { code: dto.mobiliteHabitation.unite.code, label: dto.mobiliteHabitation.unite.libelle ?? null },
        }
      : null,
    salaryWish: dto.salaire
      ? { amount: dto.salaire.remuneration ?? null, label: dto.salaire.libelle ?? null, code: dto.salaire.code ?? null }
      : null,
    franchiseProject: dto.typeCrefFranchise ?? null,
    businessTakeoverProject: dto.typeCrefReprise ?? null,
    businessCreationProject: dto.typeCrefCreation ?? null,
  };
}

function toMobility({ lieu, rayon, unite }: MobiliteDto): Mobility {
  const territory = territoryOfPlace(lieu.type.code, lieu.code);
  return {
    place: {
      code: lieu.code,
      label: lieu.libelle,
      postalCode: lieu.codePostal ?? null,
      departementCode: lieu.codeDepartement ?? territory?.departementCode ?? null,
      type: codeLabel(lieu.type),
      kind: (territory?.type as TerritoryType | undefined) ?? null,
      territory: territory ? { id: territory.id } : null,
    },
    radius: rayon ?? null,
    radiusUnit: unite ? codeLabel(unite) : null,
    radiusKm: rayon !== undefined && (!unite || unite.code === 'KM') ? Math.round(rayon) : null,
  };
}

function codeLabel(value: { code: string; libelle: string }): SoughtJobCode {
  return { code: value.code, label: value.libelle };
}
