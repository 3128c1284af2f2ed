import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSubgraph } from '../../src/federation';
import { composeSupergraph } from '../../src/federation';
import {
  API_SCHEMA_FILE,
  checkSchemas,
  createMergedGateway,
  printSchemas,
  readPrintedComposition,
  SUPERGRAPH_FILE,
} from '../../src/federation';
import { fixtureModules, type FixtureContext } from './fixtures';
import { ask, comparable, serverOptions } from './helpers';
import { PARITY_CASES } from './queries';
import { ApolloServer } from '@apollo/server';
import { printSchema } from 'graphql';

describe('schema files', () => {
  const subgraphs = fixtureModules.map(buildSubgraph);
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'federation-schema-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one SDL per subgraph and the supergraph', async () => {
    const { written, hints } = await printSchemas(subgraphs, path.join(dir, 'schema'));

    expect(written).toEqual(['catalog.graphql', 'refs.graphql', 'stats.graphql', SUPERGRAPH_FILE, API_SCHEMA_FILE]);
    for (const subgraph of subgraphs) {
      expect(await readFile(path.join(dir, 'schema', `${subgraph.name}.graphql`), 'utf8')).toBe(subgraph.sdl);
    }
    const supergraph = await readFile(path.join(dir, 'schema', SUPERGRAPH_FILE), 'utf8');
    expect(supergraph).toBe(`${composeSupergraph(subgraphs).supergraphSdl}\n`);
    expect(hints).toEqual(composeSupergraph(subgraphs).hints);
  });

  it('finds nothing to report right after printing', async () => {
    await printSchemas(subgraphs, dir);
    const result = await checkSchemas(fixtureModules.map(buildSubgraph), dir);
    expect(result.problems).toEqual([]);
  });

  it('reports every file that is different, missing or no longer produced', async () => {
    await printSchemas(subgraphs, dir);
    const catalogFile = path.join(dir, 'catalog.graphql');
    await writeFile(catalogFile, (await readFile(catalogFile, 'utf8')).replace('price: Float!', 'price: Int!'));
    await unlink(path.join(dir, 'refs.graphql'));
    await writeFile(path.join(dir, 'retired.graphql'), 'type Query { gone: Int }\n');
    await writeFile(path.join(dir, 'notes.md'), 'not a schema\n');

    const result = await checkSchemas(subgraphs, dir);
    expect(result.problems).toEqual([
      { fileName: 'catalog.graphql', problem: 'different' },
      { fileName: 'refs.graphql', problem: 'missing' },
      { fileName: 'retired.graphql', problem: 'unexpected' },
    ]);
  });

  it('reports every file missing when the directory does not exist', async () => {
    const { problems } = await checkSchemas(subgraphs, path.join(dir, 'absent'));
    expect(problems.map((file) => file.problem)).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);
  });

  describe('the printed composition', () => {
    it('is read back when the files match the subgraphs, and serves as the composition would', async () => {
      await printSchemas(subgraphs, dir);
      const printed = readPrintedComposition(subgraphs, dir);
      const composed = composeSupergraph(subgraphs);
      expect(printed).toBeDefined();
      expect(printSchema(printed!.apiSchema)).toBe(printSchema(composed.apiSchema));
      expect(printed!.supergraphSdl).toBe(`${composed.supergraphSdl}\n`);

      const fromFiles = new ApolloServer<FixtureContext>({
        gateway: createMergedGateway(subgraphs, { composed: printed }),
        ...serverOptions(),
      });
      const composing = new ApolloServer<FixtureContext>({
        gateway: createMergedGateway(subgraphs),
        ...serverOptions(),
      });
      await Promise.all([fromFiles.start(), composing.start()]);
      try {
        for (const { query, variables } of PARITY_CASES) {
          const [a, b] = await Promise.all([ask(fromFiles, query, variables), ask(composing, query, variables)]);
          expect(comparable(a.body)).toEqual(comparable(b.body));
        }
      } finally {
        await Promise.all([fromFiles.stop(), composing.stop()]);
      }
    });

    it('is refused when a subgraph changed, a file is missing or one is left over', async () => {
      await printSchemas(subgraphs, dir);
      const catalogFile = path.join(dir, 'catalog.graphql');
      const original = await readFile(catalogFile, 'utf8');
      await writeFile(catalogFile, original.replace('price: Float!', 'price: Int!'));
      expect(readPrintedComposition(subgraphs, dir)).toBeUndefined();

      await writeFile(catalogFile, original);
      expect(readPrintedComposition(subgraphs, dir)).toBeDefined();
      await writeFile(path.join(dir, 'retired.graphql'), 'type Query { gone: Int }\n');
      expect(readPrintedComposition(subgraphs, dir)).toBeUndefined();

      await unlink(path.join(dir, 'retired.graphql'));
      await unlink(path.join(dir, API_SCHEMA_FILE));
      expect(readPrintedComposition(subgraphs, dir)).toBeUndefined();
      expect(readPrintedComposition(subgraphs, path.join(dir, 'absent'))).toBeUndefined();
    });
  });
});
