import { OfferCatalog } from '../../src/sandbox/offres/catalog';
import { decodeOfferId, encodeOfferId, maxSerial } from '../../src/sandbox/offres/offer-ids';
import { normaliseText } from '../../src/sandbox/offres/text';
import { loadReferential } from '../../src/sandbox/referential/load';
import { DAY_MS, OFFERS_REFERENCE_DATE } from '../../src/sandbox/offres/generator';

describe('generated offers', () => {
  const referential = loadReferential();
  const catalog = new OfferCatalog(referential);
  const sample = ['75', '13', '69', '35', '59', '33'].flatMap((code) => catalog.departement(code)!.all);

  it('are the same from one catalog to the next', () => {
    const again = new OfferCatalog(referential).departement('35')!.all;
    expect(again.map((r) => [r.id, r.appellationLibelle, r.createdAt])).toEqual(
      catalog.departement('35')!.all.map((r) => [r.id, r.appellationLibelle, r.createdAt]),
    );
  });

  it('use real appellation labels of their fiche for the vast majority, and keep a few variants and unknown titles', () => {
    const labelsByFiche = new Map<string, Set<string>>();
    for (const a of referential.appellations) {
      labelsByFiche.set(a.codeRome, (labelsByFiche.get(a.codeRome) ?? new Set()).add(a.libelle));
    }
    const allNormalised = new Set(referential.appellations.map((a) => normaliseText(a.libelle)));
    let exact = 0;
    let variant = 0;
    let unknown = 0;
    for (const record of sample) {
      if (labelsByFiche.get(record.romeCode)!.has(record.appellationLibelle)) exact++;
      else if (allNormalised.has(normaliseText(record.appellationLibelle))) variant++;
      else unknown++;
    }
    expect(sample.length).toBeGreaterThan(2000);
    expect(exact / sample.length).toBeGreaterThan(0.92);
    expect(exact / sample.length).toBeLessThan(0.98);
    expect(variant).toBeGreaterThan(0);
    expect(unknown).toBeGreaterThan(0);
  });

  it('are dated within the 60 days before the reference date', () => {
    const misdated = sample.filter(
      (r) =>
        r.createdAt > OFFERS_REFERENCE_DATE ||
        r.createdAt <= OFFERS_REFERENCE_DATE - 60 * DAY_MS ||
        r.updatedAt < r.createdAt,
    );
    expect(misdated).toEqual([]);
  });

  it('ask only for compétences and savoirs of their own fiche', () => {
    const foreign = sample.flatMap((record) => {
      const fiche = referential.ficheByCode.get(record.romeCode)!;
      const own = new Set([...fiche.competences, ...fiche.savoirs]);
      return record.competenceCodes.filter((code) => !own.has(code)).map((code) => `${record.id}:${code}`);
    });
    expect(foreign).toEqual([]);
    expect(sample.some((r) => r.competenceCodes.length > 0)).toBe(true);
  });

  it('give larger départements more offers', () => {
    const paris = catalog.departement('75')!;
    const lozere = catalog.departement('48')!;
    expect(paris.pool.population).toBeGreaterThan(lozere.pool.population);
    expect(paris.all.length).toBeGreaterThan(lozere.all.length);
  });

  it('have ids that encode their département and serial', () => {
    for (const [origin, index, serial] of [
      ['1', 0, 0],
      ['1', 100, 12345],
      ['2', 57, 77_000],
      ['1', 127, maxSerial('1')],
    ] as const) {
      const id = encodeOfferId(origin, index, serial);
      expect(id).toMatch(origin === '1' ? /^\d{3}[A-Z]{4}$/ : /^\d{7}$/);
      expect(decodeOfferId(id)).toEqual({ origin, departementIndex: index, serial });
    }
    const ids = sample.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of sample.slice(0, 200)) expect(catalog.findById(record.id)).toBe(record);
  });
});
