import { GraphQLError } from 'graphql';
import { territoryArgument, territoryKey } from '../../../src/graph/territory/territory-argument';
import { TerritoryType } from '../../../src/graph/territory/territory-type';

function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a GraphQL error');
}

describe('territoryArgument: the one check of every territory argument', () => {
  test('a known territory comes back as the shared record, its code canonical', () => {
    expect(territoryArgument({ type: TerritoryType.DEPARTEMENT, code: ' 2a ' }, 'territory')).toMatchObject({
      id: 'DEPARTEMENT:2A',
      name: 'Corse-du-Sud',
    });
    expect(territoryArgument({ type: TerritoryType.NATION, code: 'fr' }, 'territory').id).toBe('NATION:FR');
    expect(territoryArgument({ type: TerritoryType.COMMUNE, code: '97411' }, 'territory').departementCode).toBe('974');
  });

  test.each([
    [TerritoryType.DEPARTEMENT, '20', /"2A" or "2B"/],
    [TerritoryType.DEPARTEMENT, '977', /971–976/],
    [TerritoryType.DEPARTEMENT, '5', /e\.g\. "35"/],
    [TerritoryType.REGION, 'BRE', /two digits/],
    [TerritoryType.COMMUNE, '3523', /five characters/],
    [TerritoryType.NATION, 'FRA', /"FR"/],
  ])('%s "%s" is malformed: BAD_USER_INPUT naming the argument and what a code looks like', (type, code, hint) => {
    const error = refusal(() => territoryArgument({ type, code }, 'filter.departement'));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'filter.departement' });
    expect(error.message).toContain(`"${code}" is not a valid`);
    expect(error.message).toMatch(hint);
  });

  test('a well-formed code that names nothing is NOT_FOUND', () => {
    const error = refusal(() => territoryArgument({ type: TerritoryType.COMMUNE, code: '35999' }, 'territory'));
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No commune with INSEE code "35999".');
    expect(refusal(() => territoryArgument({ type: TerritoryType.REGION, code: '99' }, 'x')).extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  test('a former commune is NOT_FOUND, with the commune it is now part of', () => {
    const error = refusal(() => territoryArgument({ type: TerritoryType.COMMUNE, code: '01039' }, 'territory'));
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No commune with INSEE code "01039" any more: it is now part of "01138" (Culoz-Béon).');
  });

  test('a postal code where an INSEE code is expected is a user error that names the communes', () => {
    const rennes = refusal(() => territoryArgument({ type: TerritoryType.COMMUNE, code: '35000' }, 'filter.commune'));
    expect(rennes.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'filter.commune' });
    expect(rennes.message).toBe('"35000" is a postal code, not an INSEE commune code: use "35238" (Rennes).');
    const shared = refusal(() => territoryArgument({ type: TerritoryType.COMMUNE, code: '35370' }, 'territory'));
    expect(shared.message).toMatch(
      /^"35370" is a postal code, not an INSEE commune code: its communes are "35\d{3}" \(.*, …\.$/,
    );
  });

  test('territoryKey hands clients the level and canonical code only', () => {
    const rennes = territoryArgument({ type: TerritoryType.COMMUNE, code: '35238' }, 'territory');
    expect(territoryKey(rennes)).toEqual({ level: 'COMMUNE', code: '35238' });
  });
});
