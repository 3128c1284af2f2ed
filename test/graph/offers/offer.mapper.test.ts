import { toOffer } from '../../../src/graph/offers/offer.mapper';
import { OfferOriginSource, Requirement } from '../../../src/graph/offers/offer.types';
import type { OffreDto } from '../../../src/upstream';

// The example of upstream-apis §3.4, as France Travail publishes it.
function offre(overrides: Partial<OffreDto> = {}): OffreDto {
  return {
    id: '209WNPD',
    intitule: 'Développeur / Développeuse informatique (H/F)',
    description: 'Nous recherchons…',
    dateCreation: '2024-05-02T08:15:42.000Z',
    dateActualisation: '2024-05-03T10:00:00.000Z',
    lieuTravail: { libelle: '74 - ANNECY', latitude: 45.9, longitude: 6.12, codePostal: '74000', commune: '74010' },
    romeCode: 'M1805',
    appellationlibelle: 'Développeur / Développeuse informatique',
    entreprise: { nom: 'ACME', url: 'https://acme.example' },
    typeContrat: 'CDI',
    typeContratLibelle: 'Contrat à durée indéterminée',
    natureContrat: 'Contrat travail',
    dureeTravailLibelle: '35H Horaires normaux',
    dureeTravailLibelleConverti: 'Temps plein',
    competences: [
      { code: '120722', libelle: 'Concevoir une application', exigence: 'E' },
      { libelle: 'Travailler en équipe', exigence: 'S' },
      { libelle: 'Anglais' },
    ],
    salaire: { libelle: 'Mensuel de 2500.00 Euros à 3000.00 Euros sur 12 mois' },
    nombrePostes: 2,
    origineOffre: { origine: '2', urlOrigine: 'https://board.example/1', partenaires: [{ nom: 'BOARD' }] },
    ...overrides,
  };
}

describe('toOffer', () => {
  test('maps an offer field by field', () => {
    const offer = toOffer(offre());
    expect(offer).toMatchObject({
      id: '209WNPD',
      romeCode: 'M1805',
      appellationLabel: 'Développeur / Développeuse informatique',
      occupation: { code: 'M1805' },
      contract: { type: 'CDI', nature: 'Contrat travail', fullTime: true, workStudy: false },
      location: { label: '74 - ANNECY', postalCode: '74000', communeCode: '74010', territory: { id: 'COMMUNE:74010' } },
      company: { name: 'ACME', description: null, sizeBand: null },
      salary: { label: 'Mensuel de 2500.00 Euros à 3000.00 Euros sur 12 mois', comment: null },
      positions: 2,
      origin: { source: OfferOriginSource.PARTNER, url: 'https://board.example/1', partners: ['BOARD'] },
    });
    expect(offer.createdAt).toEqual(new Date('2024-05-02T08:15:42.000Z'));
    expect(offer.updatedAt).toEqual(new Date('2024-05-03T10:00:00.000Z'));
    expect(offer.competences.map((c) => c.requirement)).toEqual([Requirement.REQUIRED, Requirement.DESIRED, null]);
    expect(offer.competences[1].code).toBeNull();
  });

  test('the same upstream object maps once', () => {
    const dto = offre();
    expect(toOffer(dto)).toBe(toOffer(dto));
  });

  test('absent optional fields are null, not undefined', () => {
    const offer = toOffer({ id: '1234567', intitule: 'Serveur', dateCreation: '2024-05-02T08:15:42Z' });
    expect(offer).toMatchObject({
      description: null,
      updatedAt: null,
      romeCode: null,
      occupation: null,
      location: null,
      salary: null,
      contract: { type: null, fullTime: null, workStudy: false },
      origin: { source: OfferOriginSource.FRANCE_TRAVAIL, partners: [] },
    });
  });

  describe('the territory of the place of work', () => {
    const territoryOf = (lieuTravail: OffreDto['lieuTravail']) => toOffer(offre({ lieuTravail })).location?.territory;

    test('a former commune resolves to the commune it merged into', () => {
      // Béon (01039) has been part of Culoz-Béon (01138) since 2017.
      expect(territoryOf({ libelle: '01 - BEON', commune: '01039' })).toEqual({ id: 'COMMUNE:01138' });
    });

    test('an unknown commune falls back to its département rather than to an invalid territory', () => {
      expect(territoryOf({ libelle: '35 - ???', commune: '35999' })).toEqual({ id: 'DEPARTEMENT:35' });
    });

    test('an offer located only by département gets that département', () => {
      expect(territoryOf({ libelle: '35 - Ille-et-Vilaine' })).toEqual({ id: 'DEPARTEMENT:35' });
      expect(territoryOf({ libelle: '2A - Corse du Sud' })).toEqual({ id: 'DEPARTEMENT:2A' });
      expect(territoryOf({ libelle: '974 - Réunion' })).toEqual({ id: 'DEPARTEMENT:974' });
    });

    test('an offer abroad has none', () => {
      expect(territoryOf({ libelle: 'Belgique' })).toBeNull();
      expect(territoryOf({ libelle: '99 - Belgique' })).toBeNull();
    });

    test('Paris arrondissements stay themselves', () => {
      expect(territoryOf({ libelle: '75 - Paris 8e Arrondissement', commune: '75108' })).toEqual({
        id: 'COMMUNE:75108',
      });
    });
  });
});
