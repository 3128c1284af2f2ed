import { isNoFigureAnswer } from '../../../src/upstream/marche/no-figure';

const answer = (status: number, body: unknown) => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('Marché du travail "no figure" answers', () => {
  it('recognises the three forms', () => {
    expect(isNoFigureAnswer(answer(204, ''))).toBe(true);
    expect(isNoFigureAnswer(answer(500, { message: "Le serveur n'a pas pu trouver la liste des valeurs" }))).toBe(true);
    expect(
      isNoFigureAnswer(answer(400, { message: "L'activité M1805 n'est pas disponible pour cet indicateur" })),
    ).toBe(true);
  });

  it('accepts typographic apostrophes and non-JSON bodies', () => {
    expect(isNoFigureAnswer(answer(500, { message: 'Le serveur n\u2019a pas pu trouver la liste' }))).toBe(true);
    expect(isNoFigureAnswer(answer(500, "Le serveur n'a pas pu trouver la liste"))).toBe(true);
  });

  it('leaves real failures and answers alone', () => {
    expect(isNoFigureAnswer(answer(500, { message: 'Internal Server Error' }))).toBe(false);
    expect(isNoFigureAnswer(answer(503, { message: "n'a pas pu trouver la liste" }))).toBe(false);
    expect(isNoFigureAnswer(answer(400, { message: 'Valeur du paramètre incorrecte' }))).toBe(false);
    expect(isNoFigureAnswer(answer(400, { message: "n'a pas pu trouver la liste" }))).toBe(false);
    expect(isNoFigureAnswer(answer(200, { listeValeursParPeriode: [] }))).toBe(false);
  });
});
