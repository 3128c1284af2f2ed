import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printSchema } from 'graphql';
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
