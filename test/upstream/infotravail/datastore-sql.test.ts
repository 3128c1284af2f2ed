import { selectStatement, UnsafeSqlError } from '../../../src/upstream/infotravail/datastore-sql';
import { parseSelect } from '../../../src/sandbox/infotravail/sql';

const RESOURCE = '266f691f-bce8-4443-808e-8e5aa125cf17';

describe('the generated datastore SQL', () => {
  test('quotes identifiers and literals, joins conditions with AND, lists with IN', () => {
    expect(
      selectStatement({
        resourceId: RESOURCE,
        fields: ['AREA_CODE'],
        where: { AREA_CODE: ['35'], ROME_PROFESSION_CARD_CODE: ['M1805', "L'X"] },
        limit: 10,
        offset: 20,
      }),
    ).toBe(
      `SELECT "AREA_CODE" FROM "${RESOURCE}" WHERE "AREA_CODE" = '35' AND "ROME_PROFESSION_CARD_CODE" IN ('M1805', 'L''X') LIMIT 10 OFFSET 20`,
    );
  });

  test.each([
    ['a column that is not an identifier', { where: { 'A" OR 1=1 --': ['x'] } }],
    ['a resource that is not a UUID', { resourceId: 'x"; DROP TABLE y; --' }],
    ['a control character', { where: { A: ['x\u0000'] } }],
    ['an empty IN list', { where: { A: [] } }],
    ['a limit out of range', { limit: 0 }],
    ['a non-finite number', { where: { A: [Number.POSITIVE_INFINITY] } }],
  ])('refuses %s', (_case, change) => {
    expect(() => selectStatement({ resourceId: RESOURCE, where: {}, limit: 1, offset: 0, ...change })).toThrow(
      UnsafeSqlError,
    );
  });

  test('every statement it builds reads back identically through the sandbox parser', () => {
    const sql = selectStatement({
      resourceId: RESOURCE,
      where: { AREA_TYPE_CODE: ['D'], CODE: ["O'Neil AND x", 12] },
      limit: 5,
      offset: 0,
    });
    expect(parseSelect(sql)).toEqual({
      resourceId: RESOURCE,
      columns: null,
      conditions: [
        { column: 'AREA_TYPE_CODE', values: ['D'] },
        { column: 'CODE', values: ["O'Neil AND x", 12] },
      ],
      limit: 5,
      offset: 0,
    });
  });
});
