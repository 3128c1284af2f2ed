import { Field, ID, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import type { CompetenceDto } from '../../upstream';

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

const TYPE_NAME: Record<CompetenceKind, string> = {
  [CompetenceKind.SKILL]: 'DetailedSkill',
  [CompetenceKind.KNOW_HOW]: 'MacroKnowHow',
  [CompetenceKind.SOFT_SKILL]: 'MacroSoftSkill',
  [CompetenceKind.KNOWLEDGE]: 'Knowledge',
};

@InterfaceType({
  description:
    'A ROME 4.0 competence of any kind. Select the fields of one kind with `... on DetailedSkill`, `... on MacroKnowHow`, ' +
    '`... on MacroSoftSkill` or `... on Knowledge`.',
  // Synchronous: graphql-jit does not await a type resolver.
  resolveType: (value: Competence) => TYPE_NAME[value.kind],
})
export abstract class Competence {
  @Field(() => ID, {
    description:
      'Stable id of the competence in its group: OGR code, kind and category. The same competence listed in ' +
      'another category has another id, since its `category` differs.',
  })
  id!: string;

  @Field({ description: 'OGR code.' })
  code!: string;

  @Field({ description: 'Label, as the ROME writes it.' })
  label!: string;

  @Field(() => CompetenceKind, { description: 'Kind of competence; the implementing type says the same.' })
  kind!: CompetenceKind;

  @Field(() => String, {
    nullable: true,
    description: 'Group it belongs to in an occupation sheet (stake or knowledge category); null outside a sheet.',
  })
  category!: string | null;

  /** The Compétences API record, when this competence came from that list; looked up by code otherwise. */
  record?: CompetenceDto;
}

@ObjectType({
  implements: Competence,
  description: 'A detailed skill (compétence détaillée), under a macro-competence.',
  simpleResolvers: true,
})
export class DetailedSkill extends Competence {}

@ObjectType({
  implements: Competence,
  description: 'A macro know-how (macro-savoir-faire): a leaf of the domain → stake → objective tree.',
  simpleResolvers: true,
})
export class MacroKnowHow extends Competence {}

@ObjectType({
  implements: Competence,
  description: 'A professional soft skill (macro-savoir-être professionnel).',
  simpleResolvers: true,
})
export class MacroSoftSkill extends Competence {}

@ObjectType({
  implements: Competence,
  description: 'A piece of knowledge (savoir), filed under a knowledge category.',
  simpleResolvers: true,
})
export class Knowledge extends Competence {}

@ObjectType({ description: 'Domaine de compétences: the top of the competence tree.', simpleResolvers: true })
export class CompetenceDomain {
  @Field({ description: 'Code of the domain.' })
  code!: string;

  @Field({ description: 'Label of the domain.' })
  label!: string;
}

@ObjectType({ description: 'Enjeu: a stake within a competence domain, grouping objectives.', simpleResolvers: true })
export class CompetenceStake {
  @Field({ description: 'Code of the stake.' })
  code!: string;

  @Field({ description: 'Label of the stake.' })
  label!: string;
}

@ObjectType({
  description: 'Objectif: an objective within a stake, grouping macro-competences.',
  simpleResolvers: true,
})
export class CompetenceObjective {
  @Field({ description: 'Code of the objective.' })
  code!: string;

  @Field({ description: 'Label of the objective.' })
  label!: string;
}

@ObjectType({
  description: 'Catégorie de savoirs: a category of knowledge, e.g. "Domaines d\'expertise".',
  simpleResolvers: true,
})
export class KnowledgeCategory {
  @Field({ description: 'Code of the category.' })
  code!: string;

  @Field({ description: 'Label of the category.' })
  label!: string;
}

@ObjectType({ description: 'A sub-category of knowledge within a category.', simpleResolvers: true })
export class KnowledgeSubCategory {
  @Field(() => String, { nullable: true, description: 'Code of the sub-category.' })
  code!: string | null;

  @Field({ description: 'Label of the sub-category.' })
  label!: string;
}

@ObjectType({
  description: 'Competences of an occupation sheet under one stake (enjeu), as the sheet presents them.',
  simpleResolvers: true,
})
export class CompetenceGroup {
  @Field(() => CompetenceStake, {
    nullable: true,
    description: 'The stake (enjeu) heading the group; null when the sheet gives none.',
  })
  stake!: CompetenceStake | null;

  @Field(() => [Competence], { description: 'Competences of the group, in the sheet order.' })
  competences!: Competence[];
}

@ObjectType({
  description: 'Knowledge of an occupation sheet under one category, as the sheet presents it.',
  simpleResolvers: true,
})
export class KnowledgeGroup {
  @Field(() => KnowledgeCategory, {
    nullable: true,
    description: 'The knowledge category heading the group; null when the sheet gives none.',
  })
  category!: KnowledgeCategory | null;

  @Field(() => [Competence], { description: 'Knowledge of the group, in the sheet order.' })
  knowledge!: Competence[];
}
