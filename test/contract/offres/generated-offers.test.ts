import { z } from 'zod';
import { offreSchema } from '../../../src/upstream/offres/schemas';
import { clientParses, openOffres, type RawAnswer, type Sandbox } from './support';

/** Every field path the Offre contract allows, arrays written `[]`. */
function contractPaths(schema: z.ZodType, prefix = ''): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodArray) return contractPaths(inner.element as z.ZodType, `${prefix}[]`);
  if (inner instanceof z.ZodObject)
    return Object.entries(inner.shape).flatMap(([key, field]) =>
      contractPaths(field as z.ZodType, prefix ? `${prefix}.${key}` : key),
    );
  return [prefix];
}

function populatedPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (value === null || value === undefined || value === '') return into;
  if (Array.isArray(value)) for (const item of value) populatedPaths(item, `${prefix}[]`, into);
  else if (typeof value === 'object')
    for (const [key, item] of Object.entries(value)) populatedPaths(item, prefix ? `${prefix}.${key}` : key, into);
  else into.add(prefix);
  return into;
}

describe('sandbox: generated offers fill the whole Offre contract, the same way every time', () => {
  let sandbox: Sandbox;
  let get: (path: string) => Promise<RawAnswer>;

  beforeAll(async () => {
    ({ sandbox, get } = await openOffres());
  });
  afterAll(() => sandbox.close());

  it('every field of the contract appears across the offers of a département', async () => {
    const seen = new Set<string>();
    for (let start = 0; start < 900; start += 150) {
      const answer = await get(`/offres/search?departement=35&range=${start}-${start + 149}`);
      for (const offer of clientParses.search(answer.json()).resultats ?? []) populatedPaths(offer, '', seen);
    }
    // LBA alone reports a SIRET; France Travail's own contract has none.
    const expected = contractPaths(offreSchema).filter((path) => path !== 'entreprise.siret');
    expect(expected.filter((path) => !seen.has(path))).toEqual([]);
  });

  it('an offer reads the same on every call and in a fresh sandbox', async () => {
    const first = (await get('/offres/search?departement=29&range=0-49')).text;
    expect((await get('/offres/search?departement=29&range=0-49')).text).toBe(first);
    const other = await openOffres();
    try {
      expect((await other.get('/offres/search?departement=29&range=0-49')).text).toBe(first);
    } finally {
      await other.sandbox.close();
    }
  });
});
