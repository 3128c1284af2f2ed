import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSubgraph } from '../../src/federation';
import { composeSupergraph } from '../../src/federation';
import { API_SCHEMA_FILE, checkSchemas, printSchemas, SUPERGRAPH_FILE } from '../../src/federation';
import { fixtureModules } from './fixtures';

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
});
