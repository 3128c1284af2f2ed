import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { closedEnum } from '../shared/closed-enum';
import {
  APPELLATION_MATCH_METHODS,
  APPELLATION_MISMATCH_REASONS,
  type AppellationMatchMethod as MatchMethod,
  type AppellationMismatchReason as MismatchReason,
} from './appellation-matcher';
import { Competence } from './competence.types';
import type { WorkContext } from './work-context.types';

export { CompetenceKind } from './competence.types';

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

/** The matcher's reasons as a GraphQL enum; the list itself is the matcher's. */
export const AppellationMismatchReason = closedEnum(APPELLATION_MISMATCH_REASONS);
registerEnumType(AppellationMismatchReason, {
  name: 'AppellationMismatchReason',
  description: "Why an offer's appellation label matched no ROME appellation.",
  valuesConfig: {
    NO_LABEL: { description: 'The offer gives no appellation label (or only gender markers and punctuation).' },
    UNKNOWN_ROME_CODE: { description: "The offer's ROME code is missing or not in the ROME referential." },
    NO_MATCHING_LABEL: { description: 'No appellation of that ROME code has this label, in any of its forms.' },
    AMBIGUOUS_LABEL: { description: 'Several appellations of that ROME code have this label, none of them principal.' },
  },
});

@ObjectType({
  description: 'Holland (RIASEC) code: Realistic, Investigative, Artistic, Social, Enterprising, Conventional.',
  simpleResolvers: true,
})
export class Riasec {
  @Field(() => String, { nullable: true, description: 'Major letter, one of R I A S E C.' })
  major!: string | null;

  @Field(() => String, { nullable: true, description: 'Minor letter, one of R I A S E C.' })
  minor!: string | null;
}

@ObjectType({
  description: 'Whether a job or competence belongs to the ecological, digital or demographic transition.',
  simpleResolvers: true,
})
export class TransitionFlags {
  @Field(() => Boolean, { nullable: true, description: 'Part of the ecological transition.' })
  ecological!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'EMPLOI_STRATEGIQUE, EMPLOI_VERT, EMPLOI_BLANC or EMPLOI_BRUN (ROME "transition écologique détaillée").',
  })
  ecologicalDetail!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Part of the digital transition.' })
  digital!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Part of the demographic transition (ageing, care).' })
  demographic!: boolean | null;
}

@ObjectType({ description: 'A code and its label in a ROME list (theme, NAF division…).', simpleResolvers: true })
export class CodeLabel {
  @Field({ description: 'Code in its ROME list.' })
  code!: string;

  @Field({ description: 'Label, as the ROME writes it.' })
  label!: string;
}

@ObjectType({ description: "A ROME centre d'intérêt linked to an occupation.", simpleResolvers: true })
export class InterestCentre {
  @Field({ description: 'Code in its ROME list.' })
  code!: string;

  @Field({ description: 'Label, as the ROME writes it.' })
  label!: string;

  @Field({ description: 'True when it is a main interest of the occupation, false when only related.' })
  principal!: boolean;
}

@ObjectType({ description: 'A ROME sector of activity linked to an occupation.', simpleResolvers: true })
export class ActivitySector {
  @Field({ description: 'Code in its ROME list.' })
  code!: string;

  @Field({ description: 'Label, as the ROME writes it.' })
  label!: string;

  @Field(() => CodeLabel, { nullable: true, description: 'The wider sector of a sub-sector.' })
  parent!: CodeLabel | null;

  @Field({ description: 'True for a main sector of the occupation, false when only related.' })
  principal!: boolean;
}

@ObjectType({
  description: 'A competence that is key to an appellation, with how often it applies.',
  simpleResolvers: true,
})
export class KeyCompetence {
  @Field(() => Competence, { description: 'The competence.' })
  competence!: Competence;

  @Field(() => Int, { nullable: true, description: 'Frequency given by the ROME (share of jobs of this title, in %).' })
  frequency!: number | null;
}

@ObjectType({ description: 'Grand domaine of the ROME (A–N).', simpleResolvers: true })
export class MajorDomain {
  @Field(() => ID, { description: 'Stable id: the letter of the grand domaine, e.g. "M".' })
  id!: string;

  @Field()
  code!: string;

  @Field()
  label!: string;
}

@ObjectType({ description: 'Domaine professionnel of the ROME, e.g. M18.', simpleResolvers: true })
export class ProfessionalDomain {
  @Field(() => ID, { description: 'Stable id: the code of the domaine professionnel, e.g. "M18".' })
  id!: string;

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
  @Field(() => ID, { description: 'Stable id: the ROME 4.0 code, e.g. "M1805".' })
  id!: string;

  @Field({ description: 'ROME 4.0 code, e.g. "M1805".' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true, description: 'What the job consists of (ROME "définition").' })
  definition!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How to get into the job: diplomas, experience (ROME "accès à l\'emploi").',
  })
  access!: string | null;

  @Field(() => ProfessionalDomain, { nullable: true })
  domain!: ProfessionalDomain | null;

  @Field(() => Riasec, { nullable: true, description: 'Holland (RIASEC) profile of the occupation.' })
  riasec!: Riasec | null;

  @Field(() => Boolean, { nullable: true, description: 'Executive-level job ("emploi cadre").' })
  executive!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Access regulated by law ("emploi réglementé").' })
  regulated!: boolean | null;

  @Field(() => TransitionFlags, { description: 'Ecological, digital and demographic transition flags.' })
  transitions!: TransitionFlags;

  @Field(() => [RomeAppellation], { description: 'Job titles of this occupation.' })
  appellations!: RomeAppellation[];

  @Field(() => [CodeLabel], { description: 'Themes the occupation belongs to (e.g. "Numérique").' })
  themes!: CodeLabel[];

  @Field(() => [InterestCentre], { description: "Centres d'intérêt: what a person who likes this job enjoys." })
  interestCentres!: InterestCentre[];

  @Field(() => [ActivitySector], { description: 'Sectors of activity where the job is found.' })
  sectors!: ActivitySector[];

  @Field(() => [CodeLabel], { description: 'NAF divisions (economic activity codes) linked to the occupation.' })
  nafDivisions!: CodeLabel[];

  /** Codes of the métiers en proximité, resolved to occupations by a field resolver. */
  nearbyCodes!: string[];

  /** Work contexts as the métier embeds them (shared objects), grouped by a field resolver. */
  workContextList!: WorkContext[];

  /** OGR codes of the competences at the core of the job and of the emerging ones. */
  coreCompetenceCodes!: string[];
  emergingCompetenceCodes!: string[];
}

@ObjectType({
  description: 'A ROME 4.0 appellation: a precise job title belonging to one occupation.',
  simpleResolvers: true,
})
@Directive('@key(fields: "code")')
export class RomeAppellation {
  @Field(() => ID, { description: 'Stable id: the OGR code of the appellation, e.g. "404278".' })
  id!: string;

  @Field({ description: 'OGR code of the appellation, e.g. "404278".' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  shortLabel!: string | null;

  @Field({ description: 'True for the main title of its occupation, false for a synonym.' })
  principal!: boolean;

  @Field(() => String, { nullable: true, description: 'PRINCIPALE or SYNONYME, as the ROME classifies the title.' })
  classification!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Executive-level job ("emploi cadre").' })
  executive!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Access regulated by law ("emploi réglementé").' })
  regulated!: boolean | null;

  @Field(() => TransitionFlags, { description: 'Ecological, digital and demographic transition flags.' })
  transitions!: TransitionFlags;

  @Field(() => [KeyCompetence], { description: 'Competences the ROME marks as key to this job title.' })
  keyCompetences!: KeyCompetence[];

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

  @Field(() => AppellationMismatchReason, { nullable: true, description: 'Set when none was found.' })
  reason!: MismatchReason | null;

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
