/**
 * Which concrete types implement each interface of the graph, as Apollo Client's InMemoryCache needs to match
 * fragments on interfaces. Checked in; test/examples/bff.test.ts fails when schema/api.graphql says otherwise.
 */
export const possibleTypes: Record<string, string[]> = {
  Competence: ['DetailedSkill', 'Knowledge', 'MacroKnowHow', 'MacroSoftSkill'],
  PeriodFigures: ['DynamismFigures', 'HireFigures', 'JobSeekerFigures', 'OfferFigures'],
};
