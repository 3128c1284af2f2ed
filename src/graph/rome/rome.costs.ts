import type { FieldCost, SubgraphCosts } from '../upstream-cost';

/**
 * Every ROME field is served from one of five whole lists (one call per cache lifetime, whatever the number of
 * uses).
 */
const METIERS: FieldCost = { api: 'rome-metiers', calls: 'wholeList', list: 'rome:metiers' };
const VERSION: FieldCost = { api: 'rome-metiers', calls: 'wholeList', list: 'rome:version' };
const FICHES: FieldCost = { api: 'rome-fiches-metiers', calls: 'wholeList', list: 'rome:fiches-metiers' };
const COMPETENCES: FieldCost = { api: 'rome-competences', calls: 'wholeList', list: 'rome:competences' };
const CONTEXTES: FieldCost = { api: 'rome-contextes-travail', calls: 'wholeList', list: 'rome:contextes-travail' };

const COMPETENCE_TYPES = ['Competence', 'DetailedSkill', 'MacroKnowHow', 'MacroSoftSkill', 'Knowledge'];
const MACRO_FIELDS = ['treeCode', 'subCategory', 'transferable', 'maturity', 'riasec', 'objective', 'detailedSkills'];

const each = (types: string[], fields: string[], cost: FieldCost): Record<string, FieldCost> =>
  Object.fromEntries(types.flatMap((type) => fields.map((field) => [`${type}.${field}`, cost])));

export const romeCosts: SubgraphCosts = {
  fields: {
    'Query.occupation': METIERS,
    'Query.searchOccupations': METIERS,
    'Query.appellation': METIERS,
    'Query.searchAppellations': METIERS,
    'Query.romeVersion': VERSION,
    'Query.competence': COMPETENCES,
    'Query.competences': COMPETENCES,
    'Query.competenceDomains': COMPETENCES,
    'Query.knowledgeCategories': COMPETENCES,
    'Query.workContext': CONTEXTES,
    'Query.workContexts': CONTEXTES,
    'Offer.appellation': METIERS,
    'Offer.appellationMatch': METIERS,
    // Read from the list when another subgraph hands over a reference.
    'RomeAppellation.occupation': METIERS,
    'Occupation.appellations': METIERS,
    ...each(
      ['Occupation'],
      ['competences', 'competenceGroups', 'knowledgeGroups', 'coreCompetences', 'emergingCompetences'],
      FICHES,
    ),
    'Occupation.nearbyOccupations': METIERS,
    'RomeAppellation.competences': FICHES,
    // The reverse link reads the sheets; the métiers list it also reads is the one its parent came from.
    ...each(COMPETENCE_TYPES, ['occupations'], FICHES),
    ...each(COMPETENCE_TYPES, ['ecologicalTransition', 'digitalTransition'], COMPETENCES),
    ...each(['DetailedSkill'], ['riasec', 'macroCompetence'], COMPETENCES),
    ...each(['MacroKnowHow', 'MacroSoftSkill'], MACRO_FIELDS, COMPETENCES),
    ...each(['MacroSoftSkill'], ['professionalQuality', 'definition'], COMPETENCES),
    ...each(['Knowledge'], ['knowledgeCategory', 'knowledgeSubCategory'], COMPETENCES),
    ...each(['CompetenceDomain', 'CompetenceStake', 'CompetenceObjective'], ['treeCode'], COMPETENCES),
    ...each(['CompetenceDomain'], ['stakes'], COMPETENCES),
    ...each(['CompetenceStake'], ['domain', 'objectives'], COMPETENCES),
    ...each(['CompetenceObjective'], ['stake', 'macroCompetences'], COMPETENCES),
    ...each(['KnowledgeCategory'], ['subCategories', 'knowledge'], COMPETENCES),
    'WorkContext.occupations': METIERS,
  },
  listSizes: {
    'Query.searchOccupations': { argument: 'first', max: 100 },
    'Query.searchAppellations': { argument: 'first', max: 100 },
    'Query.competences': { argument: 'first', max: 1000 },
    'Query.competenceDomains': { assumed: 20 },
    'Query.knowledgeCategories': { assumed: 10 },
    'Query.workContexts': { assumed: 6 },
    // The largest ROME 4.0 occupations have about 120 appellations.
    'Occupation.appellations': { assumed: 120 },
    'Occupation.competences': { assumed: 60 },
    'Occupation.coreCompetences': { assumed: 40 },
    'Occupation.emergingCompetences': { assumed: 10 },
    'Occupation.competenceGroups': { assumed: 10 },
    'Occupation.knowledgeGroups': { assumed: 10 },
    'Occupation.nearbyOccupations': { assumed: 20 },
    'Occupation.workContexts': { assumed: 6 },
    'Occupation.themes': { assumed: 5 },
    'Occupation.interestCentres': { assumed: 10 },
    'Occupation.sectors': { assumed: 10 },
    'Occupation.nafDivisions': { assumed: 10 },
    'CompetenceGroup.competences': { assumed: 30 },
    'KnowledgeGroup.knowledge': { assumed: 40 },
    'WorkContextGroup.contexts': { assumed: 20 },
    'RomeAppellation.competences': { assumed: 60 },
    'RomeAppellation.keyCompetences': { assumed: 20 },
    ...Object.fromEntries(COMPETENCE_TYPES.map((type) => [`${type}.occupations`, { assumed: 100 }])),
    'MacroKnowHow.detailedSkills': { assumed: 50 },
    'MacroSoftSkill.detailedSkills': { assumed: 50 },
    'CompetenceDomain.stakes': { assumed: 20 },
    'CompetenceStake.objectives': { assumed: 20 },
    'CompetenceObjective.macroCompetences': { assumed: 30 },
    'KnowledgeCategory.subCategories': { assumed: 20 },
    'KnowledgeCategory.knowledge': { argument: 'first', max: 5000 },
    'WorkContext.occupations': { assumed: 300 },
  },
};
