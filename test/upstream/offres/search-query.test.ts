import { buildSearchQuery } from '../../../src/upstream/offres/search-query';

describe('offres search query', () => {
  it('puts the range first and sends lists comma-separated', () => {
    const query = buildSearchQuery(
      {
        codeROME: ['M1811', 'M1805'],
        territories: [{ level: 'DEPARTEMENT', code: '35' }],
        publieeDepuis: 7,
        sort: 1,
      },
      { start: 0, end: 49 },
    );
    expect(query).toBe('range=0-49&codeROME=M1805,M1811&departement=35&publieeDepuis=7&sort=1');
  });

  it('is the same for equivalent criteria (order, duplicates, blanks, empty lists)', () => {
    const a = buildSearchQuery(
      { codeROME: ['M1811', 'M1805', 'M1805'], territories: [], motsCles: ['java', ' '] },
      { start: 0, end: 9 },
    );
    const b = buildSearchQuery({ motsCles: ['java'], codeROME: ['M1805', 'M1811'] }, { start: 0, end: 9 });
    expect(a).toBe(b);
  });

  it('differs when the range or a criterion differs', () => {
    const base = buildSearchQuery({ codeROME: ['M1805'] }, { start: 0, end: 9 });
    expect(buildSearchQuery({ codeROME: ['M1805'] }, { start: 10, end: 19 })).not.toBe(base);
    expect(
      buildSearchQuery(
        { codeROME: ['M1805'], distance: 0, territories: [{ level: 'COMMUNE', code: '35238' }] },
        { start: 0, end: 9 },
      ),
    ).not.toBe(base);
  });

  it('round-trips through a URL parser', () => {
    const criteria = {
      codeROME: ['M1805'],
      motsCles: ['C++', 'développeur'],
      typeContrat: ['CDI', 'CDD'],
      territories: [{ level: 'REGION' as const, code: '53' }],
    };
    const parsed = new URLSearchParams(buildSearchQuery(criteria, { start: 0, end: 149 }));
    expect(parsed.get('motsCles')?.split(',').sort()).toEqual([...criteria.motsCles].sort());
    expect(parsed.get('typeContrat')?.split(',').sort()).toEqual([...criteria.typeContrat].sort());
    expect(parsed.get('region')).toBe('53');
    expect(parsed.get('range')).toBe('0-149');
  });

  it('sends the appellation and the working time a sought job asks for', () => {
    const query = buildSearchQuery(
      {
        appellation: '14153',
        territories: [{ level: 'COMMUNE', code: '35238' }],
        distance: 30,
        typeContrat: ['CDD', 'CDI'],
        tempsPlein: true,
      },
      { start: 0, end: 9 },
    );
    expect(query).toBe('range=0-9&appellation=14153&commune=35238&distance=30&typeContrat=CDD,CDI&tempsPlein=true');
    expect(buildSearchQuery({ tempsPlein: false }, { start: 0, end: 9 })).toBe('range=0-9&tempsPlein=false');
  });
});

describe('offres search query: territories', () => {
  it('sends each level as its own parameter and the nation as none', () => {
    const parsed = new URLSearchParams(
      buildSearchQuery(
        {
          territories: [
            { level: 'NATION', code: 'FR' },
            { level: 'DEPARTEMENT', code: '2A' },
            { level: 'DEPARTEMENT', code: '35' },
            { level: 'COMMUNE', code: '35238' },
          ],
        },
        { start: 0, end: 9 },
      ),
    );
    expect(parsed.get('departement')).toBe('2A,35');
    expect(parsed.get('commune')).toBe('35238');
    expect(parsed.has('region')).toBe(false);
  });
});
