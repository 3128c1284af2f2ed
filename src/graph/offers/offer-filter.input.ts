import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { ExperienceRequirement, OfferOriginSource } from './offer.types';

export enum ExperienceLevel {
  UNSPECIFIED = 'UNSPECIFIED',
  LESS_THAN_ONE_YEAR = 'LESS_THAN_ONE_YEAR',
  ONE_TO_THREE_YEARS = 'ONE_TO_THREE_YEARS',
  MORE_THAN_THREE_YEARS = 'MORE_THAN_THREE_YEARS',
}
registerEnumType(ExperienceLevel, { name: 'ExperienceLevel', description: 'Experience asked for, in classes.' });

export enum QualificationLevel {
  NON_MANAGERIAL = 'NON_MANAGERIAL',
  MANAGERIAL = 'MANAGERIAL',
}
registerEnumType(QualificationLevel, {
  name: 'QualificationLevel',
  description: 'Managerial ("cadre") positions or all others.',
});

export enum WorkingTime {
  UNSPECIFIED = 'UNSPECIFIED',
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
}
registerEnumType(WorkingTime, { name: 'WorkingTime', description: 'Full or part time, as the offer declares it.' });

export enum SalaryPeriod {
  MONTHLY = 'MONTHLY',
  YEARLY = 'YEARLY',
  HOURLY = 'HOURLY',
  PER_ENGAGEMENT = 'PER_ENGAGEMENT',
}
registerEnumType(SalaryPeriod, {
  name: 'SalaryPeriod',
  description: 'What a salary amount is per.',
  valuesConfig: { PER_ENGAGEMENT: { description: 'Per engagement ("cachet"), for performers.' } },
});

export enum PartnerSelectionMode {
  INCLUDE = 'INCLUDE',
  EXCLUDE = 'EXCLUDE',
}
registerEnumType(PartnerSelectionMode, {
  name: 'PartnerSelectionMode',
  description: "Keep only the listed partners' offers, or leave them out.",
});

export enum OfferSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  DISTANCE = 'DISTANCE',
}
registerEnumType(OfferSort, {
  name: 'OfferSort',
  description: 'Order of the results.',
  valuesConfig: {
    RELEVANCE: { description: 'Relevance, then distance, then newest (France Travail default).' },
    NEWEST: { description: 'Newest first.' },
    DISTANCE: { description: 'Nearest first (with a commune).' },
  },
});

export enum BroadDomain {
  A = 'A',
  B = 'B',
  C = 'C',
  C15 = 'C15',
  D = 'D',
  E = 'E',
  F = 'F',
  G = 'G',
  H = 'H',
  I = 'I',
  J = 'J',
  K = 'K',
  L = 'L',
  L14 = 'L14',
  M = 'M',
  M13 = 'M13',
  M14 = 'M14',
  M15 = 'M15',
  M16 = 'M16',
  M17 = 'M17',
  M18 = 'M18',
  N = 'N',
}
registerEnumType(BroadDomain, {
  name: 'BroadDomain',
  description:
    'ROME "grand domaine" (A agriculture … N transport and logistics), or one of the sub-domains France Travail lets search ' +
    'on its own (C15, L14, M13–M18).',
});

@InputType({ description: 'A range of numbers; either bound may be left out.' })
export class NumberRange {
  @Field(() => Float, { nullable: true })
  min?: number;

  @Field(() => Float, { nullable: true })
  max?: number;
}

@InputType({ description: 'A minimum salary, with what it is per.' })
export class SalaryFloor {
  @Field(() => Float, { description: 'Amount in euros, more than 0.' })
  amount!: number;

  @Field(() => SalaryPeriod)
  period!: SalaryPeriod;
}

@InputType({ description: 'Partner job boards whose offers to keep or leave out.' })
export class PartnerSelection {
  @Field(() => [String], { description: 'Partner codes, e.g. ["LABONNEALTERNANCE"].' })
  codes!: string[];

  @Field(() => PartnerSelectionMode)
  mode!: PartnerSelectionMode;
}

@InputType({
  description: 'Search criteria; all are optional and combine with AND (contract types and natures with OR).',
})
export class OfferFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Keywords, all of which must appear (up to 7, at least 2 characters each).',
  })
  keywords?: string[];

  @Field(() => [String], { nullable: true, description: 'ROME 4.0 codes (up to 200), e.g. ["M1805", "M1811"].' })
  romeCodes?: string[];

  @Field(() => String, { nullable: true, description: 'ROME appellation code, e.g. "38444".' })
  appellationCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Professional domain code, e.g. "M18" (see `offerReferentials.domains`).',
  })
  domainCode?: string;

  @Field(() => BroadDomain, { nullable: true })
  broadDomain?: BroadDomain;

  @Field(() => String, { nullable: true, description: 'ROME theme code (see `offerReferentials.themes`).' })
  themeCode?: string;

  @Field(() => [String], { nullable: true, description: 'Up to 2 NAF codes of the employer, e.g. ["62.02A"].' })
  nafCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Up to 2 activity sectors (NAF divisions, 2 digits), e.g. ["62"] (see `offerReferentials.sectors`).',
  })
  sectorCodes?: string[];

  @Field(() => String, { nullable: true, description: 'Commune INSEE code (not postal code), e.g. "35238".' })
  commune?: string;

  @Field(() => [String], { nullable: true, description: 'Up to 5 commune INSEE codes (alternative to `commune`).' })
  communes?: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Radius around the commune(s), in km (0–200; 0 is the commune alone). Upstream may overshoot by 30 %.',
  })
  distanceKm?: number;

  @Field(() => String, { nullable: true, description: 'Département INSEE code, e.g. "35".' })
  departement?: string;

  @Field(() => [String], { nullable: true, description: 'Up to 5 département codes (alternative to `departement`).' })
  departements?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Also search the départements bordering those given.' })
  includeNeighbouringDepartements?: boolean;

  @Field(() => String, { nullable: true, description: 'Région INSEE code, e.g. "53".' })
  region?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Country or continent code (see `offerReferentials.countries` and `continents`), for offers abroad.',
  })
  countryOrContinentCode?: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Contract type codes: CDI, CDD, MIS, SAI, … (see `offerReferentials.contractTypes`). OR-combined with `contractNatures`.',
  })
  contractTypes?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Contract nature codes: E1, E2, FS, … (see `offerReferentials.contractNatures`). OR-combined with `contractTypes`.',
  })
  contractNatures?: string[];

  @Field(() => ExperienceLevel, { nullable: true })
  experience?: ExperienceLevel;

  @Field(() => ExperienceRequirement, { nullable: true })
  experienceRequirement?: ExperienceRequirement;

  @Field(() => QualificationLevel, { nullable: true })
  qualification?: QualificationLevel;

  @Field(() => WorkingTime, { nullable: true })
  workingTime?: WorkingTime;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Full time (true) or part time (false); France Travail recommends `workingTime` instead.',
  })
  fullTime?: boolean;

  @Field(() => NumberRange, { nullable: true, description: 'Weekly working hours, e.g. { min: 24, max: 35.5 }.' })
  weeklyHours?: NumberRange;

  @Field(() => NumberRange, { nullable: true, description: 'Contract duration in months (0–99).' })
  contractDurationMonths?: NumberRange;

  @Field(() => String, {
    nullable: true,
    description: 'Training level code, e.g. "NV3" (see `offerReferentials.trainingLevels`).',
  })
  trainingLevelCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Driving licence code, e.g. "B" (see `offerReferentials.drivingLicences`).',
  })
  drivingLicenceCode?: string;

  @Field(() => SalaryFloor, { nullable: true })
  minimumSalary?: SalaryFloor;

  @Field(() => Int, { nullable: true, description: 'Only offers published within this many days: 1, 3, 7, 14 or 31.' })
  publishedWithinDays?: number;

  @Field(() => String, { nullable: true, description: 'Only offers created at or after this ISO 8601 date-time.' })
  createdAfter?: string;

  @Field(() => String, { nullable: true, description: 'Only offers created at or before this ISO 8601 date-time.' })
  createdBefore?: string;

  @Field(() => OfferOriginSource, {
    nullable: true,
    description: 'Only France Travail offers, or only partner offers.',
  })
  origin?: OfferOriginSource;

  @Field(() => PartnerSelection, { nullable: true })
  partners?: PartnerSelection;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Offers open to beneficiaries of the employment obligation for disabled workers.',
  })
  openToDisabledWorkers?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Offers of "entreprises adaptées".' })
  adaptedCompanies?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Offers of employers committed to hiring people with disabilities.',
  })
  disabilityCommittedEmployers?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only offers recruiting by simulation (méthode de recrutement par simulation).',
  })
  simulationRecruitment?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only offers France Travail flags as lacking candidates.' })
  lackingCandidates?: boolean;

  @Field(() => OfferSort, { nullable: true, description: 'Order of the results (default RELEVANCE).' })
  sort?: OfferSort;
}
