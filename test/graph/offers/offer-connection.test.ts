import { toConnection } from '../../../src/graph/offers/offer-connection';
import { decodeCursor } from '../../../src/graph/offers/paging';
import type { OffreDto } from '../../../src/upstream';

function offres(count: number, from = 0): OffreDto[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `OFFER${String(from + i).padStart(2, '0')}`,
    intitule: `Offer ${from + i}`,
    dateCreation: '2024-05-02T08:15:42Z',
  }));
}

describe('toConnection', () => {
  test('a middle page: cursors are absolute positions, both directions open', () => {
    const connection = toConnection(
      { offres: offres(10, 20), filtresPossibles: [], total: 100, rangeStart: 20, rangeEnd: 29 },
      { offset: 20, first: 10 },
    );
    expect(connection.totalCount).toBe(100);
    expect(connection.edges.map((edge) => decodeCursor(edge.cursor, 'after'))).toEqual([
      20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
    ]);
    expect(connection.edges[0].node.id).toBe('OFFER20');
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(connection.pageInfo.endCursor!, 'after')).toBe(29);
  });

  test('the last page has no next page', () => {
    const connection = toConnection(
      { offres: offres(5, 95), filtresPossibles: [], total: 100, rangeStart: 95, rangeEnd: 99 },
      { offset: 95, first: 10 },
    );
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(connection.edges).toHaveLength(5);
  });

  test('a zero-size page drops the offer fetched to learn the total', () => {
    const connection = toConnection(
      { offres: offres(1), filtresPossibles: [], total: 42, rangeStart: 0, rangeEnd: 0 },
      { offset: 0, first: 0 },
    );
    expect(connection).toEqual({
      totalCount: 42,
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      facets: { contractTypes: [], contractNatures: [], experience: [], qualification: [] },
    });
  });

  test('the page ending at position 2999 leads on; the one ending at 3149 is the last France Travail serves', () => {
    const atCap = (offset: number) =>
      toConnection(
        {
          offres: offres(150, offset),
          filtresPossibles: [],
          total: 716_799,
          rangeStart: offset,
          rangeEnd: offset + 149,
        },
        { offset, first: 150 },
      ).pageInfo.hasNextPage;
    expect(atCap(2850)).toBe(true);
    expect(atCap(3000)).toBe(false);
  });

  test("facets are the search answer's counts, labelled where the label needs no referential", () => {
    const { facets } = toConnection(
      {
        offres: offres(1),
        filtresPossibles: [
          { filtre: 'typeContrat', agregation: [{ valeurPossible: 'CDI', nbResultats: 812 }] },
          { filtre: 'experience', agregation: [{ valeurPossible: '3', nbResultats: 140 }] },
          { filtre: 'qualification', agregation: [{ valeurPossible: '9', nbResultats: 210 }] },
        ],
        total: 909,
        rangeStart: 0,
        rangeEnd: 0,
      },
      { offset: 0, first: 1 },
    );
    expect(facets).toEqual({
      contractTypes: [{ value: 'CDI', label: null, count: 812 }],
      contractNatures: [],
      experience: [{ value: '3', label: 'More than three years', count: 140 }],
      qualification: [{ value: '9', label: 'Managerial', count: 210 }],
    });
  });

  test('no match at all', () => {
    const connection = toConnection(
      { offres: [], filtresPossibles: [], total: 0, rangeStart: -1, rangeEnd: -1 },
      { offset: 0, first: 20 },
    );
    expect(connection.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
