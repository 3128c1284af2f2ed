import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TerritoryType } from '../territory/territory-type';

/** Key-only view of the ROME occupation, resolved by the rome subgraph (competences, appellations…). */
@ObjectType('Occupation', { simpleResolvers: true })
@Directive('@key(fields: "code", resolvable: false)')
export class SoughtOccupationReference {
  @Field({ description: 'ROME 4.0 code, e.g. "M1805".' })
  code!: string;
}

/** Key-only view of the ROME appellation, resolved by the rome subgraph. */
@ObjectType('RomeAppellation', { simpleResolvers: true })
@Directive('@key(fields: "code", resolvable: false)')
export class SoughtAppellationReference {
  @Field({ description: 'OGR code of the appellation, e.g. "404278".' })
  code!: string;
}

/** Key-only view of the territory entity, resolved by the market subgraph. */
@ObjectType('Territory', { simpleResolvers: true })
@Directive('@key(fields: "id", resolvable: false)')
export class MobilityTerritoryReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: "A code of France Travail's referentials with its label.", simpleResolvers: true })
export class SoughtJobCode {
  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;
}

@ObjectType({ description: 'A contract type the job seeker accepts.', simpleResolvers: true })
export class SoughtContract {
  @Field({ description: 'Contract type code, as in offers: CDI, CDD, MIS (temporary work), SAI (seasonal)…' })
  code!: string;

  @Field({ description: 'Short label, e.g. "CDI".' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Long label, e.g. "Contrat à durée indéterminée".' })
  longLabel!: string | null;

  @Field(() => Int, { nullable: true, description: "The job seeker's order of preference, 1 first." })
  priority!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Part of the "offre raisonnable d\'emploi" agreed with France Travail (critereOre).',
  })
  reasonableOfferCriterion!: boolean | null;
}

@ObjectType({ description: 'A weekly working time the job seeker accepts.', simpleResolvers: true })
export class SoughtWorkingTime {
  @Field({ description: 'France Travail code: "1" full time, "2" part time.' })
  code!: string;

  @Field({ description: 'e.g. "temps plein".' })
  label!: string;

  @Field(() => Boolean, { nullable: true, description: 'True for full time, false for part time, null otherwise.' })
  fullTime!: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Fewest hours a week, when given.' })
  minHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Most hours a week, when given.' })
  maxHours!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Part of the "offre raisonnable d\'emploi" agreed with France Travail (critereOre).',
  })
  reasonableOfferCriterion!: boolean | null;
}

@ObjectType({ description: 'How much experience the job seeker has in this job.', simpleResolvers: true })
export class SoughtExperience {
  @Field(() => Float)
  value!: number;

  @Field(() => SoughtJobCode, { description: 'Unit, e.g. AN (years) or MO (months).' })
  unit!: SoughtJobCode;
}

@ObjectType({ description: 'A place where the job seeker is ready to work.', simpleResolvers: true })
export class MobilityPlace {
  @Field({ description: 'INSEE code of the commune, département or région.' })
  code!: string;

  @Field({ description: 'Label as France Travail gives it, e.g. "NANTES".' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Postal code (communes).' })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Département code (communes).' })
  departementCode!: string | null;

  @Field(() => SoughtJobCode, { description: 'Place type as France Travail codes it: 5 commune, 4 département…' })
  type!: SoughtJobCode;

  @Field(() => TerritoryType, { nullable: true, description: 'Level of the place; null when not recognised.' })
  kind!: TerritoryType | null;

  @Field(() => MobilityTerritoryReference, {
    nullable: true,
    description: 'The place as a territory (names, parents, tension); null when not in the INSEE geography.',
  })
  territory!: MobilityTerritoryReference | null;
}

@ObjectType({ description: 'One mobility wish: a place and, around a commune, a radius.', simpleResolvers: true })
export class Mobility {
  @Field(() => MobilityPlace)
  place!: MobilityPlace;

  @Field(() => Float, { nullable: true, description: 'Radius around the place, in `radiusUnit`.' })
  radius!: number | null;

  @Field(() => SoughtJobCode, { nullable: true, description: 'Unit of the radius, e.g. KM.' })
  radiusUnit!: SoughtJobCode | null;

  @Field(() => Int, { nullable: true, description: 'The radius in whole kilometres, when given in kilometres.' })
  radiusKm!: number | null;
}

@ObjectType({ description: 'How far from home the job seeker is ready to travel.', simpleResolvers: true })
export class HomeMobility {
  @Field(() => Float)
  value!: number;

  @Field(() => SoughtJobCode, { description: 'Unit, e.g. KM (kilometres) or MN (minutes).' })
  unit!: SoughtJobCode;
}

@ObjectType({ description: 'The pay the job seeker wishes for.', simpleResolvers: true })
export class SalaryWish {
  @Field(() => Float, { nullable: true, description: 'Amount in euros, per the period of `label`.' })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: 'Period as France Travail labels it, e.g. "Annuel", "Horaire".' })
  label!: string | null;

  @Field(() => String, { nullable: true, description: 'France Travail code of the period, e.g. "A", "M", "H".' })
  code!: string | null;
}

@ObjectType({
  description:
    'A job the signed-in job seeker declared to France Travail (Métiers recherchés): what, where, under which ' +
    'contracts. Offers, tension and competences are one hop away.',
  simpleResolvers: true,
})
@Directive('@key(fields: "id")')
export class SoughtJob {
  @Field(() => ID, { description: 'Stable for this job seeker: rank and appellation code, e.g. "1:14153".' })
  id!: string;

  @Field(() => Int, { description: 'Position in the job seeker’s list, 1 first.' })
  rank!: number;

  @Field({ description: 'ROME 4.0 code of the occupation, e.g. "M1805".' })
  occupationCode!: string;

  @Field({ description: 'Occupation label as France Travail gives it.' })
  occupationLabel!: string;

  @Field(() => SoughtOccupationReference, { description: 'The ROME occupation: competences, appellations, tension.' })
  occupation!: SoughtOccupationReference;

  @Field({ description: 'OGR code of the appellation, e.g. "404278".' })
  appellationCode!: string;

  @Field({ description: 'Appellation label as France Travail gives it.' })
  appellationLabel!: string;

  @Field(() => SoughtAppellationReference, { description: 'The ROME appellation (precise job title).' })
  appellation!: SoughtAppellationReference;

  @Field(() => SoughtJobCode, { nullable: true, description: 'Employment typology, e.g. MR "Métier Recherché".' })
  employmentTypology!: SoughtJobCode | null;

  @Field(() => [SoughtContract], { description: 'Accepted contract types, by priority.' })
  contractTypes!: SoughtContract[];

  @Field(() => [SoughtWorkingTime], { description: 'Accepted weekly working times.' })
  workingTimes!: SoughtWorkingTime[];

  @Field(() => SoughtExperience, { nullable: true })
  experience!: SoughtExperience | null;

  @Field(() => [Mobility], { description: 'Where the job seeker is ready to work.' })
  mobilities!: Mobility[];

  @Field(() => HomeMobility, { nullable: true })
  homeMobility!: HomeMobility | null;

  @Field(() => SalaryWish, { nullable: true })
  salaryWish!: SalaryWish | null;

  @Field(() => Boolean, { nullable: true, description: 'Plans to open a franchise (typeCrefFranchise).' })
  franchiseProject!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Plans to take over a business (typeCrefReprise).' })
  businessTakeoverProject!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Plans to create a business (typeCrefCreation).' })
  businessCreationProject!: boolean | null;
}

@ObjectType({
  description: 'The signed-in job seeker, as France Travail Connect identifies them (header X-Job-Seeker-Token).',
  simpleResolvers: true,
})
export class JobSeeker {
  @Field(() => [SoughtJob], { description: 'The jobs they look for (France Travail keeps at most two).' })
  soughtJobs!: SoughtJob[];
}
