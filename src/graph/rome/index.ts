import type { GraphContext } from '../context';
import type { SubgraphModule } from '../subgraph';
import { AppellationResolver } from './appellation.resolver';
import {
  CompetenceDomainResolver,
  CompetenceObjectiveResolver,
  CompetenceResolver,
  CompetenceStakeResolver,
  DetailedSkillResolver,
  KnowledgeCategoryResolver,
  KnowledgeResolver,
  MacroKnowHowResolver,
  MacroSoftSkillFieldsResolver,
  MacroSoftSkillResolver,
} from './competence.resolver';
import { DetailedSkill, Knowledge, MacroKnowHow, MacroSoftSkill } from './competence.types';
import { OccupationResolver } from './occupation.resolver';
import { OfferAppellationResolver } from './offer-appellation.resolver';
import { romeCosts } from './rome.costs';
import { romeLoaders } from './rome.loaders';
import { WorkContextResolver } from './work-context.resolver';

export const romeSubgraph: SubgraphModule<GraphContext> = {
  name: 'rome',
  resolvers: [
    OccupationResolver,
    AppellationResolver,
    OfferAppellationResolver,
    CompetenceResolver,
    DetailedSkillResolver,
    MacroKnowHowResolver,
    MacroSoftSkillFieldsResolver,
    MacroSoftSkillResolver,
    KnowledgeResolver,
    CompetenceDomainResolver,
    CompetenceStakeResolver,
    CompetenceObjectiveResolver,
    KnowledgeCategoryResolver,
    WorkContextResolver,
  ],
  // Reached only through the Competence interface.
  orphanedTypes: [DetailedSkill, MacroKnowHow, MacroSoftSkill, Knowledge],
  referenceResolvers: {
    Occupation: async (reference, context) =>
      (await romeLoaders(context).occupations()).occupations.get(String(reference.code)) ?? null,
    RomeAppellation: async (reference, context) =>
      (await romeLoaders(context).occupations()).appellations.get(String(reference.code)) ?? null,
  },
  costs: romeCosts,
};
