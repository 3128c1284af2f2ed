import { ChampsError, parseChamps, project, validateSelection, type FieldSchema } from '../../src/sandbox/rome/champs';
import { parseDelimited } from '../../src/sandbox/referential/csv';

describe('parseDelimited (open-data CSV)', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    const text = '"code","libelle","definition"\n"1","Un, deux","Il dit ""oui""\nsur deux lignes"\n';
    expect(parseDelimited(text)).toEqual([
      ['code', 'libelle', 'definition'],
      ['1', 'Un, deux', 'Il dit "oui"\nsur deux lignes'],
    ]);
  });

  it('skips blank lines between records, and handles CRLF and a BOM', () => {
    const text = '\ufeff"a","b"\r\n"1","2"\r\n\r\n"3",""\r\n\n';
    expect(parseDelimited(text)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', ''],
    ]);
  });

  it('reads unquoted, semicolon-separated files and keeps header spaces as written', () => {
    expect(parseDelimited('Fap;Rome;intitule_rome\nA0Z40;A1416;Polyculture, élevage', ';')).toEqual([
      ['Fap', 'Rome', 'intitule_rome'],
      ['A0Z40', 'A1416', 'Polyculture, élevage'],
    ]);
    expect(parseDelimited('fap,Tension ,reg\nA,0.5,reg ')).toEqual([
      ['fap', 'Tension ', 'reg'],
      ['A', '0.5', 'reg '],
    ]);
  });
});

describe('champs selector', () => {
  const schema: FieldSchema = {
    code: true,
    libelle: true,
    appellations: { code: true, libelle: true, libellecourt: true },
    domaineprofessionnel: { code: true, granddomaine: { code: true, libelle: true } },
  };
  const metier = {
    code: 'M1805',
    libelle: 'Développeur',
    appellations: [
      { code: '1', libelle: 'A', libelleCourt: 'a' },
      { code: '2', libelle: 'B', libelleCourt: 'b' },
    ],
    domaineProfessionnel: { code: 'M18', libelle: 'SI', grandDomaine: { code: 'M', libelle: 'Support' } },
  };

  it('parses nested selections', () => {
    expect(parseChamps('code,appellations(code,libellecourt),domaineprofessionnel(granddomaine(code))')).toEqual({
      code: true,
      appellations: { code: true, libellecourt: true },
      domaineprofessionnel: { granddomaine: { code: true } },
    });
  });

  it('keeps the selected fields of objects and arrays', () => {
    const selection = parseChamps('code,appellations(libellecourt),domaineprofessionnel(granddomaine(libelle))');
    validateSelection(selection, schema);
    expect(project(metier, selection)).toEqual({
      code: 'M1805',
      appellations: [{ libelleCourt: 'a' }, { libelleCourt: 'b' }],
      domaineProfessionnel: { grandDomaine: { libelle: 'Support' } },
    });
  });

  it('returns a whole sub-object named without sub-fields', () => {
    const selection = parseChamps('domaineprofessionnel,domaineprofessionnel(code)');
    expect(project(metier, selection)).toEqual({ domaineProfessionnel: metier.domaineProfessionnel });
  });

  it('rejects unknown fields, sub-fields of scalars and broken syntax', () => {
    expect(() => validateSelection(parseChamps('code,nope'), schema)).toThrow(ChampsError);
    expect(() => validateSelection(parseChamps('appellations(nope)'), schema)).toThrow(ChampsError);
    expect(() => validateSelection(parseChamps('code(x)'), schema)).toThrow(ChampsError);
    for (const broken of ['code,', 'appellations(code', 'code)', '(code)'])
      expect(() => parseChamps(broken)).toThrow(ChampsError);
  });
});
