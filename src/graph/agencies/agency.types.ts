import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AgencyKind {
  LOCAL_AGENCY = 'LOCAL_AGENCY',
  TERRITORIAL_DIRECTION = 'TERRITORIAL_DIRECTION',
  REGIONAL_DIRECTION = 'REGIONAL_DIRECTION',
  OTHER = 'OTHER',
}

registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'What a France Travail site is, from the referential `type`.',
  valuesConfig: {
    LOCAL_AGENCY: { description: 'An agency that receives job seekers and employers (type APE).' },
    TERRITORIAL_DIRECTION: { description: 'A territorial direction (type DT): no public reception.' },
    REGIONAL_DIRECTION: { description: 'A regional direction (type DR): no public reception.' },
    OTHER: { description: 'Any other type; `type` gives the raw code.' },
  },
});

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

registerEnumType(Weekday, { name: 'Weekday', description: 'Day of the week (ISO order, Monday first).' });

@ObjectType({ description: 'A span of opening time on one day, local time.', simpleResolvers: true })
export class TimeRange {
  @Field({ description: 'Opening time, "HH:MM", e.g. "08:30".' })
  opens!: string;

  @Field({ description: 'Closing time, "HH:MM", e.g. "12:30".' })
  closes!: string;
}

@ObjectType({ description: "One day of an agency's week.", simpleResolvers: true })
export class AgencyOpeningDay {
  @Field(() => Weekday)
  day!: Weekday;

  @Field({ description: 'True when the agency does not receive the public at all that day.' })
  closed!: boolean;

  @Field({ description: 'True when open without a lunch break (one span instead of a morning and an afternoon).' })
  continuous!: boolean;

  @Field(() => [TimeRange], { description: 'When anyone may walk in: morning and afternoon spans, in order.' })
  walkIn!: TimeRange[];

  @Field(() => [TimeRange], { description: 'When the agency receives by appointment only.' })
  byAppointment!: TimeRange[];
}

@ObjectType({ description: 'A position in WGS 84 decimal degrees.', simpleResolvers: true })
export class GeoPoint {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@ObjectType({ description: 'How to reach an agency.', simpleResolvers: true })
export class AgencyContact {
  @Field(() => String, { nullable: true, description: 'Public phone number, e.g. "39 49".' })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType({ description: 'Postal address of an agency, as the referential writes it.', simpleResolvers: true })
export class AgencyAddress {
  @Field(() => [String], { description: 'Address lines in order (building, street, postcode and town).' })
  lines!: string[];

  @Field(() => String, { nullable: true, description: 'Postcode of the distributing post office.' })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of the commune the agency is in.' })
  communeCode!: string | null;

  @Field(() => GeoPoint, { nullable: true })
  location!: GeoPoint | null;
}

@ObjectType({
  description: 'A France Travail site from the Référentiel des agences: an agency or a direction.',
  simpleResolvers: true,
})
@Directive('@key(fields: "code")')
export class Agency {
  @Field(() => ID, { description: 'Agency code, e.g. "NAQ0146"; also its id.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'SAFIR code, the internal site number, e.g. "33041".' })
  safirCode!: string | null;

  @Field({ description: 'Short name, e.g. "LIBOURNE".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Full name, e.g. "Agence France Travail LIBOURNE".' })
  fullName!: string | null;

  @Field(() => AgencyKind)
  kind!: AgencyKind;

  @Field(() => String, { nullable: true, description: 'Type code as published (APE, DT, DR…).' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Reception type code as published (`typeAccueil`).' })
  receptionType!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of the région the site belongs to.' })
  regionCode!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The `dispositifADEDA` flag as published.' })
  adeda!: boolean | null;

  @Field(() => AgencyContact, { nullable: true })
  contact!: AgencyContact | null;

  @Field(() => String, { nullable: true, description: 'SIRET of the site (14 digits).' })
  siret!: string | null;

  @Field(() => AgencyAddress, { nullable: true })
  address!: AgencyAddress | null;

  @Field(() => [AgencyOpeningDay], { description: 'Opening hours, Monday first; empty when not published.' })
  openingHours!: AgencyOpeningDay[];

  @Field(() => String, { nullable: true, description: 'Accessibility information as published, when present.' })
  accessibility!: string | null;
}

@ObjectType({ description: 'An agency and how far it is from the point asked about.', simpleResolvers: true })
export class AgencyDistance {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => Float, { description: 'Great-circle distance in kilometres, rounded to 0.1 km.' })
  distanceKm!: number;
}

@ObjectType({ description: 'Agencies around a point, nearest first.', simpleResolvers: true })
export class AgenciesNear {
  @Field(() => GeoPoint, {
    description:
      'Where distances are measured from: the point given, or for a commune the position of its agency ' +
      '(the agency in the commune, or else the agency competent for it).',
  })
  origin!: GeoPoint;

  @Field(() => [AgencyDistance])
  agencies!: AgencyDistance[];
}

@ObjectType({ description: 'A page of agencies.', simpleResolvers: true })
export class AgencyList {
  @Field(() => Int, { description: 'How many agencies match in all.' })
  totalCount!: number;

  @Field(() => [Agency])
  agencies!: Agency[];
}
