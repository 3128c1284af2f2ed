import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, printSchema } from 'graphql';
import type { BuiltSubgraph } from './build-subgraph';
import { composeSupergraph, type ComposedSupergraph } from './compose';

export const SUPERGRAPH_FILE = 'supergraph.graphql';
export const API_SCHEMA_FILE = 'api.graphql';

export interface SchemaFile {
  readonly fileName: string;
  readonly content: string;
}

export interface SchemaFilesOptions {
  /** Routing URL per subgraph, written into the supergraph for routers that read it. */
  readonly urls?: Readonly<Record<string, string>>;
}

export interface SchemaCheckProblem {
  readonly fileName: string;
  /** `missing`: not on disk; `different`: other content on disk; `unexpected`: on disk but no longer produced. */
  readonly problem: 'missing' | 'different' | 'unexpected';
}

type Hints = ComposedSupergraph['hints'];

/** The published schema files: one SDL per subgraph, the composed supergraph, and the API schema clients see. */
export function renderSchemaFiles(
  subgraphs: readonly BuiltSubgraph[],
  options: SchemaFilesOptions = {},
): { files: SchemaFile[]; hints: Hints } {
  const { supergraphSdl, apiSchema, hints } = composeSupergraph(subgraphs, options.urls);
  const files = [
    ...subgraphs.map((subgraph) => ({ fileName: `${subgraph.name}.graphql`, content: subgraph.sdl })),
    { fileName: SUPERGRAPH_FILE, content: `${supergraphSdl.trimEnd()}\n` },
    { fileName: API_SCHEMA_FILE, content: `${printSchema(apiSchema)}\n` },
  ];
  return { files, hints };
}

export async function printSchemas(
  subgraphs: readonly BuiltSubgraph[],
  dir: string,
  options: SchemaFilesOptions = {},
): Promise<{ written: string[]; hints: Hints }> {
  const { files, hints } = renderSchemaFiles(subgraphs, options);
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((file) => writeFile(path.join(dir, file.fileName), file.content, 'utf8')));
  return { written: files.map((file) => file.fileName), hints };
}

/** Compares `dir` with what `printSchemas` would write there; no problems means up to date. */
export async function checkSchemas(
  subgraphs: readonly BuiltSubgraph[],
  dir: string,
  options: SchemaFilesOptions = {},
): Promise<{ problems: SchemaCheckProblem[]; hints: Hints }> {
  const { files, hints } = renderSchemaFiles(subgraphs, options);
  const problems: SchemaCheckProblem[] = [];
  for (const file of files) {
    const onDisk = await readFile(path.join(dir, file.fileName), 'utf8').catch(() => undefined);
    if (onDisk !== file.content) problems.push({ fileName: file.fileName, problem: onDisk ? 'different' : 'missing' });
  }
  const produced = new Set(files.map((file) => file.fileName));
  const present = await readdir(dir).catch(() => [] as string[]);
  for (const fileName of present.filter((name) => name.endsWith('.graphql') && !produced.has(name)).sort()) {
    problems.push({ fileName, problem: 'unexpected' });
  }
  return { problems, hints };
}

/**
 * The composition `printSchemas` wrote to `dir`, when it was made from these very subgraphs: `dir` holds exactly their
 * SDL files, each equal to the subgraph's SDL now, plus the supergraph and the API schema (which `checkSchemas` keeps
 * in step with them). Composing takes about half a second of a server's start-up; reading the printed result takes a
 * few milliseconds. Undefined when anything is missing, extra or different: the caller then composes. Composition
 * hints are not kept in the files, so the result has none.
 */
export function readPrintedComposition(
  subgraphs: readonly BuiltSubgraph[],
  dir: string,
): ComposedSupergraph | undefined {
  const read = (fileName: string) => readFileSync(path.join(dir, fileName), 'utf8');
  try {
    const expected = new Set([
      ...subgraphs.map((subgraph) => `${subgraph.name}.graphql`),
      SUPERGRAPH_FILE,
      API_SCHEMA_FILE,
    ]);
    const present = readdirSync(dir).filter((name) => name.endsWith('.graphql'));
    if (present.length !== expected.size || present.some((name) => !expected.has(name))) return undefined;
    if (subgraphs.some((subgraph) => read(`${subgraph.name}.graphql`) !== subgraph.sdl)) return undefined;
    return { supergraphSdl: read(SUPERGRAPH_FILE), apiSchema: buildSchema(read(API_SCHEMA_FILE)), hints: [] };
  } catch {
    return undefined;
  }
}
