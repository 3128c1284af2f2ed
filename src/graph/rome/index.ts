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
import { resolveOccupationReference } from './occupation.reference';
import { OccupationResolver } from './occupation.resolver';
import { OfferAppellationResolver } from './offer-appellation.resolver';
import { warmUpRomeReferentials } from './referential-prefetch';
import { resolveRomeAppellationReference } from './rome-appellation.reference';
import { romeCosts } from './rome.costs';
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
    Occupation: resolveOccupationReference,
    RomeAppellation: resolveRomeAppellationReference,
  },
  costs: romeCosts,
  warmUp: warmUpRomeReferentials,
};
