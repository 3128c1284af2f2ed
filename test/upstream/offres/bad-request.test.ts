import { OffresBadRequestError, translate } from '../../../src/upstream/offres/bad-request';

describe('Offres 400 messages', () => {
  it.each([
    ['La plage de résultats demandée est trop importante.', 'the requested window is larger than 150 offers'],
    ['La position de début doit être inférieure ou égale à 3000.', 'paging cannot start after position 3000'],
    ["Le format de l'id de l'offre recherchée est incorrect.", 'the offer id is malformed'],
    ['Valeur du paramètre « departement » incorrecte.', 'invalid value for départements (departement)'],
    ['Format du paramètre « tempsPlein » incorrect. Booléen attendu.', 'malformed full time (tempsPlein)'],
    ['Valeur du paramètre « permis » incorrecte.', 'invalid value for "permis"'],
    ['Erreur inconnue', 'the request was refused as invalid'],
    [undefined, 'the request was refused as invalid'],
  ])('%s → %s', (french, english) => {
    expect(translate(french)).toBe(english);
  });

  it('keeps the French original aside, never in the message', () => {
    const error = new OffresBadRequestError('Valeur du paramètre « region » incorrecte.');
    expect(error.message).toBe(
      "France Travail Offres d'emploi rejected the request: invalid value for région (region)",
    );
    expect(error.upstreamMessage).toBe('Valeur du paramètre « region » incorrecte.');
    expect(error.code).toBe('UPSTREAM_BAD_REQUEST');
  });
});
