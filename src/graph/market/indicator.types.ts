import { Field, Float, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Territory } from './market.types';
import { Period } from './period';

export enum JobSeekerCategory {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
  ABC = 'ABC',
  ABCDE = 'ABCDE',
}

registerEnumType(JobSeekerCategory, {
  name: 'JobSeekerCategory',
  description: "France Travail's job-seeker categories (nomenclature CATCAND).",
  valuesConfig: {
    A: { description: 'Looking for work, no activity in the month.' },
    B: { description: 'Looking for work, short activity (78 hours or less in the month).' },
    C: { description: 'Looking for work, long activity (more than 78 hours in the month).' },
    D: { description: 'Not immediately available, not looking (training, sickness…).' },
    E: { description: 'Employed, not looking (subsidised contracts…).' },
    ABC: { description: 'Categories A, B and C together: those obliged to look for work.' },
    ABCDE: { description: 'Every category.' },
  },
});

export enum RegisteredOfferOrigin {
  FRANCE_TRAVAIL = 'FRANCE_TRAVAIL',
  PARTNERS = 'PARTNERS',
  ALL = 'ALL',
}

registerEnumType(RegisteredOfferOrigin, {
  name: 'RegisteredOfferOrigin',
  description: 'Where registered offers come from (nomenclature ORIGINEOFF).',
  valuesConfig: {
    FRANCE_TRAVAIL: { description: 'Offers employers registered with France Travail.' },
    PARTNERS: { description: "Offers collected from France Travail's partner job boards." },
    ALL: { description: 'Both.' },
  },
});

export enum HireDuration {
  ANY = 'ANY',
  OVER_ONE_MONTH = 'OVER_ONE_MONTH',
  OVER_SIX_MONTHS = 'OVER_SIX_MONTHS',
}

registerEnumType(HireDuration, {
  name: 'HireDuration',
  description: 'Length of the contracts job seekers (categories A–E) were hired on (nomenclature CATCANDxDUREEEMP).',
  valuesConfig: {
    ANY: { description: 'Every hire.' },
    OVER_ONE_MONTH: { description: 'Contracts of more than one month.' },
    OVER_SIX_MONTHS: { description: 'Contracts of more than six months.' },
  },
});

export enum CharacteristicKind {
  GENDER = 'GENDER',
  AGE = 'AGE',
  OTHER = 'OTHER',
}

registerEnumType(CharacteristicKind, {
  name: 'CharacteristicKind',
  description: 'What a breakdown splits the population by.',
  valuesConfig: {
    GENDER: { description: 'Women, men.' },
    AGE: { description: 'Age bands.' },
    OTHER: { description: 'Another breakdown France Travail publishes; see `typeCode`.' },
  },
});

@ObjectType({
  description: 'One part of a figure broken down by a characteristic (gender, age…).',
  simpleResolvers: true,
})
export class CharacteristicFigure {
  @Field(() => CharacteristicKind)
  kind!: CharacteristicKind;

  @Field({ description: 'France Travail\'s characteristic type code, e.g. "GENRE", "AGE".' })
  typeCode!: string;

  @Field({ description: 'Value code, e.g. "F", "MOINS25".' })
  code!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of people; null when masked by statistical secrecy.' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the figure, in percent.' })
  share!: number | null;

  @Field({ description: 'Masked by statistical secrecy (too few people).' })
  masked!: boolean;
}

const CHARACTERISTICS_DESCRIPTION =
  'Breakdown by gender and age; asked from France Travail only when selected, since it multiplies the answer size.';

@ObjectType({ description: 'Job seekers of one category.', simpleResolvers: true })
export class JobSeekerCount {
  @Field(() => JobSeekerCategory)
  category!: JobSeekerCategory;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of all categories (A–E), in percent.' })
  share!: number | null;

  @Field(() => [CharacteristicFigure], { nullable: true, description: CHARACTERISTICS_DESCRIPTION })
  characteristics!: CharacteristicFigure[] | null;
}

@ObjectType({ description: 'Registered offers of one origin.', simpleResolvers: true })
export class OfferCount {
  @Field(() => RegisteredOfferOrigin)
  origin!: RegisteredOfferOrigin;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of all origins, in percent.' })
  share!: number | null;

  @Field(() => [CharacteristicFigure], { nullable: true, description: CHARACTERISTICS_DESCRIPTION })
  characteristics!: CharacteristicFigure[] | null;
}

@ObjectType({ description: 'Hires of job seekers on contracts of one length.', simpleResolvers: true })
export class HireCount {
  @Field(() => HireDuration)
  duration!: HireDuration;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of all hires, in percent.' })
  share!: number | null;

  @Field(() => [CharacteristicFigure], { nullable: true, description: CHARACTERISTICS_DESCRIPTION })
  characteristics!: CharacteristicFigure[] | null;
}

@InterfaceType({ description: 'What every period of a labour-market indicator carries besides its values.' })
export abstract class PeriodFigures {
  @Field(() => Period)
  period!: Period;

  @Field(() => Territory, { description: "Territory the figures are for: a commune is answered at its département's." })
  territory!: Territory;

  @Field(() => String, {
    nullable: true,
    description: 'ROME code the figures are for; null for every occupation together.',
  })
  occupationCode!: string | null;
}

@ObjectType({
  description:
    'Job seekers by category for one quarter (DE_1: registered at the end of the quarter; DE_5: new registrations).',
  implements: PeriodFigures,
  simpleResolvers: true,
})
export class JobSeekerFigures extends PeriodFigures {
  @Field(() => [JobSeekerCount])
  categories!: JobSeekerCount[];
}

@ObjectType({
  description: 'Offers registered with France Travail in one quarter, by origin (OFF_1).',
  implements: PeriodFigures,
  simpleResolvers: true,
})
export class OfferFigures extends PeriodFigures {
  @Field(() => [OfferCount])
  origins!: OfferCount[];
}

@ObjectType({
  description: 'Hires of job seekers in one quarter, by contract length (EMB_1).',
  implements: PeriodFigures,
  simpleResolvers: true,
})
export class HireFigures extends PeriodFigures {
  @Field(() => [HireCount])
  durations!: HireCount[];
}

@ObjectType({
  description: "A territory's employment dynamism for one quarter (DYN_1), every occupation together.",
  implements: PeriodFigures,
  simpleResolvers: true,
})
export class DynamismFigures extends PeriodFigures {
  @Field(() => Float, { nullable: true, description: 'Change in salaried employment over a year, in percent.' })
  employmentChangeRate!: number | null;
}

@ObjectType({
  description: 'Monthly gross salaries offered for an occupation in a territory (SAL_3).',
  simpleResolvers: true,
})
export class OccupationSalary {
  @Field()
  occupationCode!: string;

  @Field(() => String, { nullable: true })
  occupationLabel!: string | null;

  @Field(() => Period)
  period!: Period;

  @Field(() => Territory)
  territory!: Territory;

  @Field(() => Float, { nullable: true, description: 'Entry-level monthly amount, in euros (SAL1).' })
  entry!: number | null;

  @Field(() => Float, { nullable: true, description: 'Experienced monthly amount, in euros (SAL2).' })
  experienced!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average monthly amount, in euros (SAL3).' })
  average!: number | null;
}
