import type { GraphQLObjectType } from 'graphql';
import { buildSubgraph } from '../../../src/federation';
import { marketSubgraph } from '../../../src/graph/market';
import { QUARTERLY_INDICATORS } from '../../../src/graph/market/indicator-fields';

describe('quarterly indicator fields, built from their table', () => {
  const { schema, sdl } = buildSubgraph(marketSubgraph);
  const fieldsOf = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
  const argumentsOf = (type: string, field: string) =>
    fieldsOf(type)[field].args.map((argument) => `${argument.name}: ${argument.type}`);

  test('every indicator is a Territory field taking periods, and the occupation when published per occupation', () => {
    for (const { field, perOccupation } of QUARTERLY_INDICATORS) {
      expect(argumentsOf('Territory', field)).toEqual(
        perOccupation ? ['periods: PeriodRangeInput', 'occupation: String'] : ['periods: PeriodRangeInput'],
      );
    }
  });

  test('occupations and appellations carry the per-occupation indicators, the appellation through @requires', () => {
    const perOccupation = QUARTERLY_INDICATORS.filter((indicator) => indicator.perOccupation);
    expect(perOccupation.map((indicator) => indicator.field)).toEqual([
      'jobSeekers',
      'newRegistrations',
      'registeredOffers',
      'hires',
    ]);
    for (const { field } of perOccupation) {
      for (const host of ['Occupation', 'RomeAppellation'])
        expect(argumentsOf(host, field)).toEqual(['periods: PeriodRangeInput', 'territory: TerritoryInput!']);
    }
    expect(fieldsOf('Occupation').dynamism).toBeUndefined();
    expect(sdl).toMatch(/hires\([^)]*\): \[HireFigures!\] @requires\(fields: "occupationCode"\)/);
  });

  test('descriptions say what is counted, where, its indicator code, and the figures note', () => {
    expect(fieldsOf('Occupation').hires.description).toBe(
      'Hires of job seekers in the quarter in a territory, by contract length (EMB_1). One entry per quarter, ' +
        'latest first; null when France Travail publishes no figure.',
    );
    expect(fieldsOf('RomeAppellation').jobSeekers.description).toMatch(
      /^Job seekers registered at the end of the quarter in a territory, by category \(DE_1\)\..* Figures are those of the appellation's occupation\.$/,
    );
    expect(fieldsOf('Territory').dynamism.description).toMatch(
      /^Employment dynamism of the territory, every occupation together \(DYN_1\)\. One entry per quarter/,
    );
  });
});
