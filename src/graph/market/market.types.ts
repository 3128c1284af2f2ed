import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TerritoryType } from '../territory/territory-type';
import { Period } from './period';

@ObjectType({
  description:
    "A French territory: the nation, a région, a département or a commune (INSEE geography), or a bassin d'emploi.",
  simpleResolvers: true,
})
@Directive('@key(fields: "id")')
export class Territory {
  @Field(() => ID, { description: 'Stable id "<TYPE>:<code>", e.g. "DEPARTEMENT:35".' })
  id!: string;

  @Field(() => TerritoryType)
  type!: TerritoryType;

  @Field({ description: 'INSEE code ("FR" for the nation).' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Postal codes (communes only).' })
  postalCodes!: string[];

  @Field(() => Int, { nullable: true, description: 'Municipal population (communes only).' })
  population!: number | null;
}

@ObjectType({
  description:
    'Recruitment tension of an occupation in a territory for one year (France Travail / Dares indicator PERSP_2). ' +
    'Sub-indicators are classes from 1 (low) to 5 (high).',
  simpleResolvers: true,
})
export class Tension {
  @Field(() => Int)
  year!: number;

  @Field(() => Period, { description: 'The year, as a typed period.' })
  period!: Period;

  @Field({ description: 'ROME code the figures are for.' })
  occupationCode!: string;

  @Field(() => Int, { nullable: true, description: 'Overall tension class, 1 (very low) to 5 (very high).' })
  level!: number | null;

  @Field(() => String, { nullable: true, description: 'Overall tension in words, e.g. "Very high".' })
  label!: string | null;

  @Field(() => Float, { nullable: true, description: 'Overall tension index (centred, reduced).' })
  index!: number | null;

  @Field(() => Int, { nullable: true, description: 'Hiring intensity (INT_EMB).' })
  hiringIntensity!: number | null;

  @Field(() => Int, { nullable: true, description: 'Lack of available labour (MAIN_OEUVRE).' })
  labourShortage!: number | null;

  @Field(() => Int, { nullable: true, description: 'Demanding working conditions (COND_TRAVAIL).' })
  workingConditions!: number | null;

  @Field(() => Int, { nullable: true, description: 'Employment (non-)durability (DUR_EMPL).' })
  employmentDurability!: number | null;

  @Field(() => Int, { nullable: true, description: 'Geographic mismatch between jobs and job seekers (MISMATCH_GEO).' })
  geographicMismatch!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Strength of the link between training and the job (SPECIF_FORM_EMPL).',
  })
  trainingLink!: number | null;

  @Field(() => Int, { nullable: true, description: 'Salary attractiveness (ATTR_SALARIALE), where published.' })
  salaryAttractiveness!: number | null;

  @Field(() => Territory, {
    description: "Territory the figures are for: a commune is answered at its département's level.",
  })
  territory!: Territory;
}

/** The rome subgraph's Occupation, extended with market figures. */
@ObjectType('Occupation', { simpleResolvers: true })
@Directive('@key(fields: "code")')
export class OccupationReference {
  @Field()
  code!: string;
}

/** The rome subgraph's RomeAppellation: tension is its occupation's. */
@ObjectType('RomeAppellation', { simpleResolvers: true })
@Directive('@key(fields: "code")')
export class RomeAppellationReference {
  @Field()
  code!: string;

  @Field()
  @Directive('@external')
  occupationCode!: string;
}
