import { Directive, Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../shared/page-info';
import { OfferFacets } from './offer-facets.types';

export enum OfferOriginSource {
  FRANCE_TRAVAIL = 'FRANCE_TRAVAIL',
  PARTNER = 'PARTNER',
}
registerEnumType(OfferOriginSource, {
  name: 'OfferOriginSource',
  description: 'Who published the offer: France Travail itself or a partner job board.',
});

export enum Requirement {
  REQUIRED = 'REQUIRED',
  DESIRED = 'DESIRED',
}
registerEnumType(Requirement, {
  name: 'Requirement',
  description: 'Whether the employer requires or only wishes something.',
});

export enum ExperienceRequirement {
  BEGINNER_ACCEPTED = 'BEGINNER_ACCEPTED',
  DESIRED = 'DESIRED',
  REQUIRED = 'REQUIRED',
}
registerEnumType(ExperienceRequirement, {
  name: 'ExperienceRequirement',
  description: 'How much the employer insists on experience (France Travail codes D, S, E).',
  valuesConfig: {
    BEGINNER_ACCEPTED: { description: 'Beginners are welcome (D).' },
    DESIRED: { description: 'Experience is wished for (S).' },
    REQUIRED: { description: 'Experience is required (E).' },
  },
});

/** Key-only view of the territory entity, resolved by the market subgraph. */
@ObjectType('Territory', { simpleResolvers: true })
@Directive('@key(fields: "id", resolvable: false)')
export class TerritoryReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'Contract terms as published.', simpleResolvers: true })
export class Contract {
  @Field(() => String, {
    nullable: true,
    description: 'France Travail contract type code: CDI, CDD, MIS (temporary work), SAI (seasonal), LIB, …',
  })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Label as published, e.g. "CDD - 6 Mois".' })
  label!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Nature of the contract as published (a label), e.g. "Contrat travail", "Contrat apprentissage".',
  })
  nature!: string | null;

  @Field(() => String, { nullable: true, description: 'Working time, e.g. "35H/semaine".' })
  workingHours!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Working time class as published: "Temps plein" or "Temps partiel".',
  })
  workingTimeLabel!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for full time, false for part time, null when unspecified.',
  })
  fullTime!: boolean | null;

  @Field(() => Boolean, { description: 'Work-study contract (alternance).' })
  workStudy!: boolean;
}

@ObjectType({ description: 'Where the job is.', simpleResolvers: true })
export class OfferLocation {
  @Field({ description: 'Label as published, e.g. "35 - RENNES".' })
  label!: string;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of the commune.' })
  communeCode!: string | null;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => TerritoryReference, {
    nullable: true,
    description:
      'Where the job is as a territory, with its département and région: the commune (the one it has merged into, ' +
      'for a former commune), or the département for offers located no finer. Null for offers abroad.',
  })
  territory!: TerritoryReference | null;
}

@ObjectType({ description: 'The employer, as far as the offer names it.', simpleResolvers: true })
export class Company {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Presentation of the employer (may contain HTML entities).' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Employer's website." })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "URL of the employer's logo." })
  logoUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Size band of the establishment, e.g. "20 à 49 salariés".' })
  sizeBand!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'An "entreprise adaptée": a company employing mostly workers with disabilities.',
  })
  adapted!: boolean | null;

  @Field(() => String, { nullable: true, description: 'SIRET of the establishment, when given.' })
  siret!: string | null;
}

@ObjectType({ description: 'A benefit listed with the salary (meal vouchers, company car…).', simpleResolvers: true })
export class SalaryBenefit {
  @Field({ description: 'France Travail code of the benefit.' })
  code!: string;

  @Field({ description: 'e.g. "Chèque repas".' })
  label!: string;
}

@ObjectType({ description: 'Salary as published (free text upstream).', simpleResolvers: true })
export class Salary {
  @Field(() => String, { nullable: true, description: 'e.g. "Mensuel de 2500.00 Euros à 3000.00 Euros sur 12 mois".' })
  label!: string | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => [String], { description: 'Free-text complements (complement1, complement2), e.g. "Primes".' })
  complements!: string[];

  @Field(() => [SalaryBenefit], { description: 'Coded benefits (at most 5).' })
  benefits!: SalaryBenefit[];
}

@ObjectType({ description: 'A skill the offer asks for.', simpleResolvers: true })
export class OfferCompetence {
  @Field(() => String, { nullable: true, description: 'ROME OGR code of the skill, when given.' })
  code!: string | null;

  @Field()
  label!: string;

  @Field(() => Requirement, { nullable: true })
  requirement!: Requirement | null;
}

@ObjectType({ description: 'A training or diploma the offer asks for.', simpleResolvers: true })
export class OfferFormation {
  @Field(() => String, { nullable: true, description: 'France Travail code of the training field.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'Field of study, e.g. "boulangerie".' })
  field!: string | null;

  @Field(() => String, { nullable: true, description: 'Level, e.g. "CAP, BEP et équivalents", "Bac+5 et plus".' })
  level!: string | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => Requirement, { nullable: true })
  requirement!: Requirement | null;
}

@ObjectType({ description: 'A language or a driving licence asked for, with how firmly.', simpleResolvers: true })
export class LabelledRequirement {
  @Field({ description: 'e.g. "Anglais", "B - Véhicule léger".' })
  label!: string;

  @Field(() => Requirement, { nullable: true })
  requirement!: Requirement | null;
}

@ObjectType({ description: 'A personal quality the employer looks for.', simpleResolvers: true })
export class ProfessionalQuality {
  @Field({ description: 'e.g. "Faire preuve d\'autonomie".' })
  label!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType({ description: 'Working conditions: schedules and constraints of the job.', simpleResolvers: true })
export class WorkConditions {
  @Field(() => [String], { description: 'Schedules, e.g. "35H Travail de nuit".' })
  schedules!: string[];

  @Field(() => [String], { description: 'Conditions of practice, e.g. "Port d\'une tenue".' })
  conditions!: string[];

  @Field(() => String, { nullable: true, description: 'Additional practice details, e.g. "Travail le samedi".' })
  additionalDetails!: string | null;

  @Field(() => String, { nullable: true, description: 'Specific condition, e.g. "Travail de nuit".' })
  specificCondition!: string | null;

  @Field(() => [String], { description: 'Office software to master, e.g. "Tableur".' })
  officeTools!: string[];
}

@ObjectType({ description: 'A code with its France Travail label.', simpleResolvers: true })
export class OfferCodeLabel {
  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;
}

@ObjectType({ description: "The employer's activity (NAF code).", simpleResolvers: true })
export class OfferNaf {
  @Field({ description: 'NAF sous-classe, e.g. "62.02A".' })
  code!: string;
}

@ObjectType({ description: 'How to apply or whom to contact.', simpleResolvers: true })
export class OfferContact {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => [String], { description: 'Address or contact lines (coordonnees1–3), in order.' })
  lines!: string[];

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail field as published; France Travail now puts a sentence with the offer link there.',
  })
  email!: string | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => String, { nullable: true, description: "Recruiter's website." })
  recruiterUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Where to apply online.' })
  applicationUrl!: string | null;
}

@ObjectType({ description: 'The France Travail agency handling the offer.', simpleResolvers: true })
export class OfferAgency {
  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'As published (usually a sentence with the offer link).' })
  email!: string | null;
}

@ObjectType({ description: 'Commitments towards workers with disabilities.', simpleResolvers: true })
export class OfferInclusion {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Open to beneficiaries of the employment obligation for disabled workers (accessibleTH).',
  })
  openToDisabledWorkers!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The offer comes from an "entreprise adaptée".' })
  adaptedCompany!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Employer recognised for its commitment to hiring people with disabilities ("handi-engagé").',
  })
  disabilityCommittedEmployer!: boolean | null;
}

@ObjectType({ description: 'A partner job board relaying the offer.', simpleResolvers: true })
export class OfferPartner {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "The offer's page on the partner's site." })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "URL of the partner's logo." })
  logoUrl!: string | null;
}

@ObjectType({ description: 'Where the offer comes from.', simpleResolvers: true })
export class OfferOrigin {
  @Field(() => OfferOriginSource)
  source!: OfferOriginSource;

  @Field(() => String, { nullable: true, description: 'Page of the offer on its origin site.' })
  url!: string | null;

  @Field(() => [String], { description: 'Names of the partner job boards relaying the offer.' })
  partners!: string[];

  @Field(() => [OfferPartner], { description: 'Partner job boards relaying the offer, with their links.' })
  partnerLinks!: OfferPartner[];
}

/** Key-only view of the occupation entity, resolved by the rome subgraph. */
@ObjectType('Occupation', { simpleResolvers: true })
@Directive('@key(fields: "code")')
export class OccupationReference {
  @Field({ description: 'ROME 4.0 code, e.g. "M1805".' })
  code!: string;
}

/** Key-only view of the appellation entity, resolved by the rome subgraph. */
@ObjectType('RomeAppellation', { simpleResolvers: true })
@Directive('@key(fields: "code")')
export class AppellationReference {
  @Field({ description: 'OGR code of the appellation, e.g. "404278".' })
  code!: string;
}

@ObjectType({
  description: "A job offer published through France Travail (Offres d'emploi v2).",
  simpleResolvers: true,
})
@Directive('@key(fields: "id")')
export class Offer {
  @Field(() => ID, { description: 'France Travail offer id, e.g. "209WNPD" (partner offers: digits).' })
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the offer was first published.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the offer was last updated.' })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'ROME 4.0 code of the occupation, as published.' })
  romeCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Label of the ROME occupation, as published.' })
  romeLabel!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Appellation label as published; see `appellation` for the resolved ROME appellation.',
  })
  appellationLabel!: string | null;

  @Field(() => OccupationReference, { nullable: true, description: 'The ROME occupation of the offer.' })
  occupation!: OccupationReference | null;

  @Field(() => Contract)
  contract!: Contract;

  @Field(() => OfferLocation, { nullable: true })
  location!: OfferLocation | null;

  @Field(() => Company)
  company!: Company;

  @Field(() => Salary, { nullable: true })
  salary!: Salary | null;

  @Field(() => String, { nullable: true, description: 'Experience asked for, e.g. "Débutant accepté", "2 An(s)".' })
  experience!: string | null;

  @Field(() => ExperienceRequirement, { nullable: true })
  experienceRequirement!: ExperienceRequirement | null;

  @Field(() => String, { nullable: true, description: 'Free comment on the experience asked for.' })
  experienceComment!: string | null;

  @Field(() => [OfferFormation])
  formations!: OfferFormation[];

  @Field(() => [LabelledRequirement])
  languages!: LabelledRequirement[];

  @Field(() => [LabelledRequirement])
  drivingLicences!: LabelledRequirement[];

  @Field(() => [OfferCompetence])
  competences!: OfferCompetence[];

  @Field(() => [ProfessionalQuality], { description: 'Soft skills the employer looks for.' })
  professionalQualities!: ProfessionalQuality[];

  @Field(() => WorkConditions)
  workConditions!: WorkConditions;

  @Field(() => OfferCodeLabel, { nullable: true, description: 'How often the job requires travel, e.g. 1 "Jamais".' })
  travel!: OfferCodeLabel | null;

  @Field(() => OfferCodeLabel, {
    nullable: true,
    description: 'Qualification of the position, 1 (labourer) to 9 (manager, "Cadre").',
  })
  qualification!: OfferCodeLabel | null;

  @Field(() => Int, { nullable: true, description: 'Number of positions to fill.' })
  positions!: number | null;

  @Field(() => String, { nullable: true, description: 'NAF code of the employer, e.g. "62.02A".' })
  nafCode!: string | null;

  @Field(() => OfferNaf, { nullable: true, description: "The employer's activity, with its label." })
  naf!: OfferNaf | null;

  @Field(() => String, { nullable: true, description: 'Label of the activity sector.' })
  sectorLabel!: string | null;

  @Field(() => OfferCodeLabel, { nullable: true, description: 'Activity sector: NAF division (2 digits) and label.' })
  sector!: OfferCodeLabel | null;

  @Field(() => OfferContact, { nullable: true })
  contact!: OfferContact | null;

  @Field(() => OfferAgency, { nullable: true })
  agency!: OfferAgency | null;

  @Field(() => OfferInclusion)
  inclusion!: OfferInclusion;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Flagged by France Travail as hard to fill (few candidates).',
  })
  hardToFill!: boolean | null;

  @Field(() => OfferOrigin)
  origin!: OfferOrigin;
}

@ObjectType({ simpleResolvers: true })
export class OfferEdge {
  @Field()
  cursor!: string;

  @Field(() => Offer)
  node!: Offer;
}

@ObjectType({ description: 'A page of offers.', simpleResolvers: true })
export class OfferConnection {
  @Field(() => Int, { description: 'Number of offers matching the filter (France Travail caps paging at 3 150).' })
  totalCount!: number;

  @Field(() => [OfferEdge])
  edges!: OfferEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => OfferFacets, {
    description:
      'Counts of the whole result set by contract type, nature, experience and qualification (no extra call).',
  })
  facets!: OfferFacets;
}
