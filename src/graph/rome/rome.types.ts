import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { closedEnum } from '../shared/closed-enum';
import { APPELLATION_MATCH_METHODS, type AppellationMatchMethod as MatchMethod } from './appellation-matcher';

export enum CompetenceKind {
  SKILL = 'SKILL',
  KNOW_HOW = 'KNOW_HOW',
  SOFT_SKILL = 'SOFT_SKILL',
  KNOWLEDGE = 'KNOWLEDGE',
}
registerEnumType(CompetenceKind, {
  name: 'CompetenceKind',
  description: 'Kind of ROME 4.0 competence.',
  valuesConfig: {
    SKILL: { description: 'Detailed skill (COMPETENCE-DETAILLEE).' },
    KNOW_HOW: { description: 'Macro know-how (MACRO-SAVOIR-FAIRE).' },
    SOFT_SKILL: { description: 'Professional soft skill (MACRO-SAVOIR-ETRE-PROFESSIONNEL).' },
    KNOWLEDGE: { description: 'Knowledge (SAVOIR).' },
  },
});

/** The matcher's methods as a GraphQL enum; the list itself is the matcher's. */
export const AppellationMatchMethod = closedEnum(APPELLATION_MATCH_METHODS);
registerEnumType(AppellationMatchMethod, {
  name: 'AppellationMatchMethod',
  description: "How an offer's appellation label was matched to a ROME appellation.",
  valuesConfig: {
    EXACT: { description: 'The label is exactly the ROME label.' },
    NORMALIZED: { description: 'Equal once case, accents, apostrophes and "(H/F)" markers are normalised.' },
    GENDERED_FORM: { description: 'The label is the masculine or feminine form of a ROME "Masculin / Féminin" label.' },
  },
});

@ObjectType({ description: 'A ROME 4.0 competence (skill, know-how, soft skill or knowledge).', simpleResolvers: true })
export class Competence {
  @Field({ description: 'OGR code.' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => CompetenceKind)
  kind!: CompetenceKind;

  @Field(() => String, {
    nullable: true,
    description: 'Group it belongs to in the occupation sheet (stake or knowledge category).',
  })
  category!: string | null;
}

@ObjectType({ description: 'Grand domaine of the ROME (A–N).', simpleResolvers: true })
export class MajorDomain {
  @Field()
  code!: string;

  @Field()
  label!: string;
}

@ObjectType({ description: 'Domaine professionnel of the ROME, e.g. M18.', simpleResolvers: true })
export class ProfessionalDomain {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field(() => MajorDomain, { nullable: true })
  majorDomain!: MajorDomain | null;
}

@ObjectType({ description: 'A ROME 4.0 occupation (fiche métier), e.g. M1805.', simpleResolvers: true })
@Directive('@key(fields: "code")')
export class Occupation {
  @Field({ description: 'ROME 4.0 code, e.g. "M1805".' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  definition!: string | null;

  @Field(() => ProfessionalDomain, { nullable: true })
  domain!: ProfessionalDomain | null;

  @Field(() => [RomeAppellation], { description: 'Job titles of this occupation.' })
  appellations!: RomeAppellation[];
}

@ObjectType({
  description: 'A ROME 4.0 appellation: a precise job title belonging to one occupation.',
  simpleResolvers: true,
})
@Directive('@key(fields: "code")')
export class RomeAppellation {
  @Field({ description: 'OGR code of the appellation, e.g. "404278".' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  shortLabel!: string | null;

  @Field({ description: 'True for the main title of its occupation, false for a synonym.' })
  principal!: boolean;

  @Field({ description: 'ROME code of its occupation.' })
  occupationCode!: string;

  @Field(() => Occupation)
  occupation!: Occupation;
}

@ObjectType({
  description: "Outcome of matching an offer's published appellation label against the ROME.",
  simpleResolvers: true,
})
export class AppellationMatch {
  @Field(() => AppellationMatchMethod, { nullable: true, description: 'Set when a ROME appellation was found.' })
  method!: MatchMethod | null;

  @Field(() => String, {
    nullable: true,
    description: 'Set when none was found: NO_LABEL, UNKNOWN_ROME_CODE, NO_MATCHING_LABEL or AMBIGUOUS_LABEL.',
  })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Human-readable explanation when no appellation was found.' })
  message!: string | null;
}

/** The offers subgraph's Offer, seen from the ROME: its published ROME code and label are all we need. */
@ObjectType('Offer', { simpleResolvers: true })
@Directive('@key(fields: "id")')
export class OfferReference {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Directive('@external')
  romeCode!: string | null;

  @Field(() => String, { nullable: true })
  @Directive('@external')
  appellationLabel!: string | null;
}
