import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltSubgraph } from './build-subgraph';
import { composeSupergraph, type CompositionHintSummary } from './compose-supergraph';

export const SUPERGRAPH_FILE = 'supergraph.graphql';
export const API_SCHEMA_FILE = 'api.graphql';

export interface SchemaFile {
  readonly fileName: string;
  readonly content: string;
}

export interface SchemaFilesResult {
  readonly files: SchemaFile[];
  readonly hints: CompositionHintSummary[];
}

export interface SchemaPrintResult {
  /** Names of the files written. */
  readonly written: string[];
  readonly hints: CompositionHintSummary[];
}

export interface OutdatedSchemaFile {
  readonly fileName: string;
  /** `missing`: not on disk; `different`: other content on disk; `unexpected`: on disk but no longer produced. */
  readonly problem: 'missing' | 'different' | 'unexpected';
}

export interface SchemaCheckResult {
  /** Names of the files that do not match the code; empty when the directory is up to date. */
  readonly stale: string[];
  /** The same files, with what is wrong with each. */
  readonly problems: OutdatedSchemaFile[];
  readonly hints: CompositionHintSummary[];
}

/** The published schema files: one SDL per subgraph, the composed supergraph, and the API schema clients see. */
export function renderSchemaFiles(subgraphs: readonly BuiltSubgraph[]): SchemaFilesResult {
  const { supergraphSdl, apiSdl, hints } = composeSupergraph(subgraphs);
  const files = [
    ...subgraphs.map((subgraph) => ({ fileName: `${subgraph.name}.graphql`, content: subgraph.sdl })),
    { fileName: SUPERGRAPH_FILE, content: withFinalNewline(supergraphSdl) },
    { fileName: API_SCHEMA_FILE, content: withFinalNewline(apiSdl) },
  ];
  return { files, hints };
}

export async function printSchemas(subgraphs: readonly BuiltSubgraph[], dir: string): Promise<SchemaPrintResult> {
  const { files, hints } = renderSchemaFiles(subgraphs);
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((file) => writeFile(path.join(dir, file.fileName), file.content, 'utf8')));
  return { written: files.map((file) => file.fileName), hints };
}

export async function checkSchemas(subgraphs: readonly BuiltSubgraph[], dir: string): Promise<SchemaCheckResult> {
  const { files, hints } = renderSchemaFiles(subgraphs);
  const problems: OutdatedSchemaFile[] = [];
  for (const file of files) {
    const onDisk = await readFile(path.join(dir, file.fileName), 'utf8').catch(() => undefined);
    if (onDisk === undefined) problems.push({ fileName: file.fileName, problem: 'missing' });
    else if (onDisk !== file.content) problems.push({ fileName: file.fileName, problem: 'different' });
  }
  const produced = new Set(files.map((file) => file.fileName));
  const present = await readdir(dir).catch(() => [] as string[]);
  for (const fileName of present.filter((name) => name.endsWith('.graphql') && !produced.has(name)).sort()) {
    problems.push({ fileName, problem: 'unexpected' });
  }
  return { stale: problems.map((problem) => problem.fileName), problems, hints };
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
