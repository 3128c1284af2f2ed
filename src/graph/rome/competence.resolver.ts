import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { CompetenceDto } from '../../upstream';
import type { GraphContext } from '../context';
import { badUserInput, notFound } from '../shared/errors';
import { assertIntInRange } from '../shared/validation';
import {
  Competence,
  CompetenceDomain,
  CompetenceKind,
  CompetenceObjective,
  CompetenceStake,
  DetailedSkill,
  Knowledge,
  KnowledgeCategory,
  KnowledgeSubCategory,
  MacroKnowHow,
  MacroSoftSkill,
} from './competence.types';
import { competenceCatalogOf, competenceOfRecord, competenceTreeOf, type TreeNode } from './competence-referential';
import { type RomeLoaders, romeLoaders } from './rome.loaders';
import { KINDS } from './rome-referential';
import { Occupation, Riasec } from './rome.types';
import { occupationCodesByCompetenceOf } from './sheet-referential';

const OGR_CODE = /^\d{1,7}$/;
const MAX_CODES = 100;

function assertOgrCode(code: string, argument: string): string {
  if (!OGR_CODE.test(code))
    throw badUserInput(`"${code}" is not a competence OGR code: expected digits, e.g. "100007".`, argument);
  return code;
}

/** The Compétences API record of a competence met anywhere (a sheet, a key competence, the list itself). */
async function recordOf(competence: Competence, context: GraphContext): Promise<CompetenceDto | undefined> {
  return competence.record ?? competenceCatalogOf(await romeLoaders(context).competenceList()).get(competence.code);
}

async function treeOf(loaders: RomeLoaders) {
  return competenceTreeOf(await loaders.competenceList());
}

async function competencesByCode(codes: string[], context: GraphContext): Promise<Competence[]> {
  const catalog = competenceCatalogOf(await romeLoaders(context).competenceList());
  return codes.flatMap((code) => {
    const record = catalog.get(code);
    return record ? [competenceOfRecord(record)] : [];
  });
}

const riasecOf = (record: { riasecMajeur?: string | null; riasecMineur?: string | null } | undefined): Riasec | null =>
  record && (record.riasecMajeur || record.riasecMineur)
    ? { major: record.riasecMajeur ?? null, minor: record.riasecMineur ?? null }
    : null;

const nodeOf = (node: TreeNode | undefined) => (node ? { code: node.code, label: node.label } : null);

@Resolver(() => Competence)
export class CompetenceResolver {
  @Query(() => Competence, {
    nullable: true,
    description: 'A ROME 4.0 competence of any kind by OGR code; null with a NOT_FOUND error when unknown.',
  })
  async competence(
    @Arg('code', { description: 'OGR code, e.g. "100007".' }) code: string,
    @Ctx() context: GraphContext,
  ): Promise<Competence> {
    const record = competenceCatalogOf(await romeLoaders(context).competenceList()).get(assertOgrCode(code, 'code'));
    if (!record) throw notFound(`No ROME competence "${code}".`);
    return competenceOfRecord(record);
  }

  @Query(() => [Competence], {
    description:
      'ROME 4.0 competences: those of `codes` (unknown codes are left out), or the list filtered by `kind`, a page at a time.',
  })
  async competences(
    @Arg('codes', () => [String], { nullable: true, description: `Up to ${MAX_CODES} OGR codes.` }) codes:
      | string[]
      | null,
    @Arg('kind', () => CompetenceKind, { nullable: true }) kind: CompetenceKind | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, 1–1000.' }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Items to skip.' }) offset: number,
    @Ctx() context: GraphContext,
  ): Promise<Competence[]> {
    if (codes && codes.length > MAX_CODES) throw badUserInput(`At most ${MAX_CODES} codes.`, 'codes');
    for (const code of codes ?? []) assertOgrCode(code, 'codes');
    assertIntInRange(first, 1, 1000, 'first');
    assertIntInRange(offset, 0, 1_000_000, 'offset');
    if (codes) return (await competencesByCode(codes, context)).filter((c) => !kind || c.kind === kind);
    const list = await romeLoaders(context).competenceList();
    const page: Competence[] = [];
    let skipped = 0;
    for (const record of list) {
      if (kind && KINDS[record.type] !== kind) continue;
      if (skipped++ < offset) continue;
      page.push(competenceOfRecord(record));
      if (page.length === first) break;
    }
    return page;
  }

  @Query(() => [CompetenceDomain], {
    description: 'The competence tree from its top: domaines de compétences → enjeux → objectifs → macro-competences.',
  })
  async competenceDomains(@Ctx() context: GraphContext): Promise<CompetenceDomain[]> {
    return [...(await treeOf(romeLoaders(context))).domains.values()].map((node) => ({
      code: node.code,
      label: node.label,
    }));
  }

  @Query(() => [KnowledgeCategory], { description: 'Categories of knowledge (savoirs), each with its knowledge.' })
  async knowledgeCategories(@Ctx() context: GraphContext): Promise<KnowledgeCategory[]> {
    return [...(await treeOf(romeLoaders(context))).categories.values()].map((c) => ({ code: c.code, label: c.label }));
  }

  @FieldResolver(() => [Occupation], { description: 'Occupations whose fiche métier mobilises this competence.' })
  async occupations(@Root() competence: Competence, @Ctx() context: GraphContext): Promise<Occupation[]> {
    const loaders = romeLoaders(context);
    const [sheets, index] = await Promise.all([loaders.competences(), loaders.occupations()]);
    const codes = occupationCodesByCompetenceOf(sheets).get(competence.code) ?? [];
    return codes.flatMap((code) => index.occupations.get(code) ?? []);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Part of the ecological transition.' })
  async ecologicalTransition(@Root() competence: Competence, @Ctx() context: GraphContext): Promise<boolean | null> {
    return (await recordOf(competence, context))?.transitionEcologique ?? null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Part of the digital transition.' })
  async digitalTransition(@Root() competence: Competence, @Ctx() context: GraphContext): Promise<boolean | null> {
    return (await recordOf(competence, context))?.transitionNumerique ?? null;
  }
}

@Resolver(() => DetailedSkill)
export class DetailedSkillResolver {
  @FieldResolver(() => Riasec, { nullable: true, description: 'RIASEC profile of the skill.' })
  async riasec(@Root() skill: DetailedSkill, @Ctx() context: GraphContext): Promise<Riasec | null> {
    const record = await recordOf(skill, context);
    return record?.type === 'COMPETENCE-DETAILLEE' ? riasecOf(record) : null;
  }

  @FieldResolver(() => Competence, {
    nullable: true,
    description: 'The macro-competence (know-how or soft skill) it details.',
  })
  async macroCompetence(@Root() skill: DetailedSkill, @Ctx() context: GraphContext): Promise<Competence | null> {
    const record = await recordOf(skill, context);
    const code = record?.type === 'COMPETENCE-DETAILLEE' ? record.macroCompetence?.code : undefined;
    if (!code) return null;
    return (await competencesByCode([code], context))[0] ?? null;
  }
}

type Macro = MacroKnowHow | MacroSoftSkill;

/** The fields every macro-competence has, for both kinds. */
function macroResolver(target: typeof MacroKnowHow | typeof MacroSoftSkill) {
  @Resolver(() => target)
  class MacroCompetenceResolver {
    @FieldResolver(() => String, {
      nullable: true,
      description: 'Position in the competence tree, e.g. "01.02.03.04".',
    })
    async treeCode(@Root() macro: Macro, @Ctx() context: GraphContext): Promise<string | null> {
      return (await macroRecord(macro, context))?.codeArborescence ?? null;
    }

    @FieldResolver(() => String, { nullable: true, description: 'Sub-category, e.g. "Technique", "Transverse".' })
    async subCategory(@Root() macro: Macro, @Ctx() context: GraphContext): Promise<string | null> {
      return (await macroRecord(macro, context))?.sousCategorie ?? null;
    }

    @FieldResolver(() => Boolean, { nullable: true, description: 'Transferable to other occupations.' })
    async transferable(@Root() macro: Macro, @Ctx() context: GraphContext): Promise<boolean | null> {
      return (await macroRecord(macro, context))?.transferable ?? null;
    }

    @FieldResolver(() => String, { nullable: true, description: 'Maturity as the ROME states it, e.g. "STABLE".' })
    async maturity(@Root() macro: Macro, @Ctx() context: GraphContext): Promise<string | null> {
      return (await macroRecord(macro, context))?.maturite ?? null;
    }

    @FieldResolver(() => Riasec, { nullable: true, description: 'RIASEC profile of the macro-competence.' })
    async riasec(@Root() macro: Macro, @Ctx() context: GraphContext): Promise<Riasec | null> {
      return riasecOf(await macroRecord(macro, context));
    }

    @FieldResolver(() => CompetenceObjective, { nullable: true, description: 'The objective (objectif) it serves.' })
    async objective(@Root() macro: Macro, @Ctx() context: GraphContext): Promise<CompetenceObjective | null> {
      const objectif = (await macroRecord(macro, context))?.objectif;
      return objectif ? { code: objectif.code, label: objectif.libelle } : null;
    }

    @FieldResolver(() => [Competence], { description: 'The detailed skills under this macro-competence.' })
    async detailedSkills(@Root() macro: Macro, @Ctx() context: GraphContext): Promise<Competence[]> {
      const codes = (await treeOf(romeLoaders(context))).skillsByMacro.get(macro.code) ?? [];
      return competencesByCode(codes, context);
    }
  }
  return MacroCompetenceResolver;
}

async function macroRecord(macro: Competence, context: GraphContext) {
  const record = await recordOf(macro, context);
  return record && (record.type === 'MACRO-SAVOIR-FAIRE' || record.type === 'MACRO-SAVOIR-ETRE-PROFESSIONNEL')
    ? record
    : undefined;
}

export const MacroKnowHowResolver = macroResolver(MacroKnowHow);
export const MacroSoftSkillFieldsResolver = macroResolver(MacroSoftSkill);

@Resolver(() => MacroSoftSkill)
export class MacroSoftSkillResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The professional quality it names.' })
  async professionalQuality(@Root() skill: MacroSoftSkill, @Ctx() context: GraphContext): Promise<string | null> {
    const record = await recordOf(skill, context);
    return record?.type === 'MACRO-SAVOIR-ETRE-PROFESSIONNEL' ? (record.qualiteProfessionnelle ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the soft skill means at work.' })
  async definition(@Root() skill: MacroSoftSkill, @Ctx() context: GraphContext): Promise<string | null> {
    const record = await recordOf(skill, context);
    return record?.type === 'MACRO-SAVOIR-ETRE-PROFESSIONNEL' ? (record.definition ?? null) : null;
  }
}

@Resolver(() => Knowledge)
export class KnowledgeResolver {
  @FieldResolver(() => KnowledgeCategory, { nullable: true, description: 'Its category of knowledge.' })
  async knowledgeCategory(
    @Root() knowledge: Knowledge,
    @Ctx() context: GraphContext,
  ): Promise<KnowledgeCategory | null> {
    const record = await recordOf(knowledge, context);
    const top = record?.type === 'SAVOIR' ? record.categorieSavoir?.categorie : undefined;
    return top ? { code: top.code, label: top.libelle } : null;
  }

  @FieldResolver(() => KnowledgeSubCategory, { nullable: true, description: 'Its sub-category within the category.' })
  async knowledgeSubCategory(
    @Root() knowledge: Knowledge,
    @Ctx() context: GraphContext,
  ): Promise<KnowledgeSubCategory | null> {
    const record = await recordOf(knowledge, context);
    const sub = record?.type === 'SAVOIR' ? record.categorieSavoir : undefined;
    return sub ? { code: sub.code ?? null, label: sub.libelle } : null;
  }
}

@Resolver(() => CompetenceDomain)
export class CompetenceDomainResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Position in the competence tree, e.g. "01".' })
  async treeCode(@Root() domain: CompetenceDomain, @Ctx() context: GraphContext): Promise<string | null> {
    return (await treeOf(romeLoaders(context))).domains.get(domain.code)?.treeCode ?? null;
  }

  @FieldResolver(() => [CompetenceStake], { description: 'Its stakes (enjeux).' })
  async stakes(@Root() domain: CompetenceDomain, @Ctx() context: GraphContext): Promise<CompetenceStake[]> {
    const tree = await treeOf(romeLoaders(context));
    return (tree.domains.get(domain.code)?.childCodes ?? []).flatMap((code) => nodeOf(tree.stakes.get(code)) ?? []);
  }
}

@Resolver(() => CompetenceStake)
export class CompetenceStakeResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Position in the competence tree, e.g. "01.02".' })
  async treeCode(@Root() stake: CompetenceStake, @Ctx() context: GraphContext): Promise<string | null> {
    return (await treeOf(romeLoaders(context))).stakes.get(stake.code)?.treeCode ?? null;
  }

  @FieldResolver(() => CompetenceDomain, { nullable: true, description: 'The domain it belongs to.' })
  async domain(@Root() stake: CompetenceStake, @Ctx() context: GraphContext): Promise<CompetenceDomain | null> {
    const tree = await treeOf(romeLoaders(context));
    return nodeOf(tree.domains.get(tree.stakes.get(stake.code)?.parentCode ?? ''));
  }

  @FieldResolver(() => [CompetenceObjective], { description: 'Its objectives (objectifs).' })
  async objectives(@Root() stake: CompetenceStake, @Ctx() context: GraphContext): Promise<CompetenceObjective[]> {
    const tree = await treeOf(romeLoaders(context));
    return (tree.stakes.get(stake.code)?.childCodes ?? []).flatMap((code) => nodeOf(tree.objectives.get(code)) ?? []);
  }
}

@Resolver(() => CompetenceObjective)
export class CompetenceObjectiveResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Position in the competence tree, e.g. "01.02.03".' })
  async treeCode(@Root() objective: CompetenceObjective, @Ctx() context: GraphContext): Promise<string | null> {
    return (await treeOf(romeLoaders(context))).objectives.get(objective.code)?.treeCode ?? null;
  }

  @FieldResolver(() => CompetenceStake, { nullable: true, description: 'The stake it belongs to.' })
  async stake(@Root() objective: CompetenceObjective, @Ctx() context: GraphContext): Promise<CompetenceStake | null> {
    const tree = await treeOf(romeLoaders(context));
    return nodeOf(tree.stakes.get(tree.objectives.get(objective.code)?.parentCode ?? ''));
  }

  @FieldResolver(() => [Competence], { description: 'Its macro-competences (know-how and soft skills).' })
  async macroCompetences(@Root() objective: CompetenceObjective, @Ctx() context: GraphContext): Promise<Competence[]> {
    const tree = await treeOf(romeLoaders(context));
    return competencesByCode(tree.objectives.get(objective.code)?.childCodes ?? [], context);
  }
}

@Resolver(() => KnowledgeCategory)
export class KnowledgeCategoryResolver {
  @FieldResolver(() => [KnowledgeSubCategory], { description: 'Its sub-categories.' })
  async subCategories(
    @Root() category: KnowledgeCategory,
    @Ctx() context: GraphContext,
  ): Promise<KnowledgeSubCategory[]> {
    const node = (await treeOf(romeLoaders(context))).categories.get(category.code);
    return [...(node?.subCategories.values() ?? [])].map((sub) => ({ code: sub.code, label: sub.label }));
  }

  @FieldResolver(() => [Competence], { description: 'Its knowledge (savoirs).' })
  async knowledge(
    @Root() category: KnowledgeCategory,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many, 1–5000.' }) first: number,
    @Ctx() context: GraphContext,
  ): Promise<Competence[]> {
    assertIntInRange(first, 1, 5000, 'first');
    const node = (await treeOf(romeLoaders(context))).categories.get(category.code);
    return competencesByCode((node?.knowledgeCodes ?? []).slice(0, first), context);
  }
}
