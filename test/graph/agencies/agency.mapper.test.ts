import { toAgency, toOpeningDay } from '../../../src/graph/agencies/agency.mapper';
import { AgencyKind, Weekday } from '../../../src/graph/agencies/agency.types';
import { distanceKm } from '../../../src/graph/agencies/distance';

describe('agency mapping', () => {
  test('a split day becomes walk-in and appointment spans in HH:MM', () => {
    expect(
      toOpeningDay({
        jour: 2,
        horaireFerme: 'N',
        horaireEnContinu: 'N',
        ouvertureMatin: '0830',
        fermetureMatin: '1230',
        ouvertureApresMidiRDV: '1330',
        fermetureApresMidiRDV: '1630',
      }),
    ).toEqual({
      day: Weekday.TUESDAY,
      closed: false,
      continuous: false,
      walkIn: [{ opens: '08:30', closes: '12:30' }],
      byAppointment: [{ opens: '13:30', closes: '16:30' }],
    });
  });

  test('a closed day has no spans even if times linger', () => {
    expect(toOpeningDay({ jour: 7, horaireFerme: 'O', ouvertureMatin: '0900', fermetureMatin: '1200' })).toMatchObject({
      day: Weekday.SUNDAY,
      closed: true,
      walkIn: [],
    });
  });

  test('the referential example maps every field; days come out Monday first', () => {
    const agency = toAgency({
      code: 'NAQ0146',
      codeSafir: '33041',
      libelle: 'LIBOURNE',
      libelleEtendu: 'Agence France Travail LIBOURNE',
      type: 'APE',
      typeAccueil: '3',
      codeRegionINSEE: '75',
      dispositifADEDA: true,
      contact: { telephonePublic: '39-49', email: 'ape.33041@example.invalid' },
      siret: '13000548100000',
      adressePrincipale: {
        ligne4: '33 CHEMIN DU CASSE',
        ligne5: '',
        ligne6: '33500 LIBOURNE',
        gpsLon: -0.22,
        gpsLat: 44.91,
        communeImplantation: '33243',
        bureauDistributeur: '33500',
      },
      horaires: [
        { jour: 3, horaireFerme: 'N', ouvertureMatin: '0830', fermetureMatin: '1230' },
        { jour: 1, horaireFerme: 'N', ouvertureMatin: '0830', fermetureMatin: '1230' },
      ],
    });
    expect(agency).toMatchObject({
      code: 'NAQ0146',
      kind: AgencyKind.LOCAL_AGENCY,
      adeda: true,
      contact: { phone: '39-49' },
      address: {
        lines: ['33 CHEMIN DU CASSE', '33500 LIBOURNE'],
        postalCode: '33500',
        communeCode: '33243',
        location: { latitude: 44.91, longitude: -0.22 },
      },
    });
    expect(agency.openingHours.map((day) => day.day)).toEqual([Weekday.MONDAY, Weekday.WEDNESDAY]);
    expect(toAgency({ code: 'X', libelle: 'X', type: 'ZZ' }).kind).toBe(AgencyKind.OTHER);
  });

  test('great-circle distance: Rennes to Paris is about 310 km', () => {
    const km = distanceKm({ latitude: 48.1173, longitude: -1.6778 }, { latitude: 48.8566, longitude: 2.3522 });
    expect(km).toBeGreaterThan(300);
    expect(km).toBeLessThan(320);
  });
});
