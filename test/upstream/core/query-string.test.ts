import { buildQuery, QueryStringBuilder } from '../../../src/upstream/core/query-string';

describe('buildQuery', () => {
  it('keeps parameter order, joins lists with literal commas and skips empty values', () => {
    expect(
      buildQuery([
        ['range', '0-49'],
        ['codeROME', ['M1805', 'M1811']],
        ['departement', undefined],
        ['commune', []],
        ['distance', 0],
        ['flag', false],
      ]),
    ).toBe('range=0-49&codeROME=M1805,M1811&distance=0&flag=false');
  });

  it('keeps ROME champs selectors readable and escapes what must be escaped', () => {
    expect(buildQuery([['champs', 'code,metier(code,libelle)']])).toBe('champs=code,metier(code,libelle)');
    expect(buildQuery([['motsCles', ['C++', 'a&b', 'dévelop eur']]])).toBe('motsCles=C%2B%2B,a%26b,d%C3%A9velop%20eur');
  });

  it('round-trips through URLSearchParams', () => {
    const query = buildQuery([
      ['champs', 'a,b(c,d)'],
      ['q', 'x=y&z'],
    ]);
    const parsed = new URLSearchParams(query);
    expect(parsed.get('champs')).toBe('a,b(c,d)');
    expect(parsed.get('q')).toBe('x=y&z');
  });

  it('gives the same string as the builder, which writes names as given and the first parameter without "&"', () => {
    const built = new QueryStringBuilder().add('departement', undefined).add('range', '0-0').add('codeROME', ['A(1)']);
    expect(built.toString()).toBe('range=0-0&codeROME=A(1)');
    expect(built.toString()).toBe(
      buildQuery([
        ['departement', undefined],
        ['range', '0-0'],
        ['codeROME', ['A(1)']],
      ]),
    );
    expect(new QueryStringBuilder().toString()).toBe('');
  });

  it('keeps a literal "%2" sequence escaped and its neighbours intact', () => {
    expect(buildQuery([['q', '%2C,%28']])).toBe('q=%252C,%2528');
  });
});
