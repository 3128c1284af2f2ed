import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltSubgraph } from './build-subgraph';
import { composeSupergraph, type CompositionHintSummary } from './compose-supergraph';

export const SUPERGRAPH_FILE = 'supergraph.graphql';

export interface SchemaFile {
  readonly fileName: string;
  readonly content: string;
}

export interface SchemaFilesResult {
  readonly files: SchemaFile[];
  readonly hints: CompositionHintSummary[];
}

export interface OutdatedSchemaFile {
  readonly fileName: string;
  /** `missing`: not on disk; `different`: on disk with other content; `stale`: on disk, no longer produced. */
  readonly problem: 'missing' | 'different' | 'stale';
}

export interface SchemaCheckResult {
  readonly outdated: OutdatedSchemaFile[];
  readonly hints: CompositionHintSummary[];
}

/** The published schema files: one SDL per subgraph, plus the composed supergraph. */
export function renderSchemaFiles(subgraphs: readonly BuiltSubgraph[]): SchemaFilesResult {
  const { supergraphSdl, hints } = composeSupergraph(subgraphs);
  const files = [
    ...subgraphs.map((subgraph) => ({ fileName: `${subgraph.name}.graphql`, content: subgraph.sdl })),
    { fileName: SUPERGRAPH_FILE, content: withFinalNewline(supergraphSdl) },
  ];
  return { files, hints };
}

export async function printSchemas(subgraphs: readonly BuiltSubgraph[], dir: string): Promise<SchemaFilesResult> {
  const result = renderSchemaFiles(subgraphs);
  await mkdir(dir, { recursive: true });
  await Promise.all(result.files.map((file) => writeFile(path.join(dir, file.fileName), file.content, 'utf8')));
  return result;
}

export async function checkSchemas(subgraphs: readonly BuiltSubgraph[], dir: string): Promise<SchemaCheckResult> {
  const { files, hints } = renderSchemaFiles(subgraphs);
  const outdated: OutdatedSchemaFile[] = [];
  for (const file of files) {
    const onDisk = await readFile(path.join(dir, file.fileName), 'utf8').catch(() => undefined);
    if (onDisk === undefined) outdated.push({ fileName: file.fileName, problem: 'missing' });
    else if (onDisk !== file.content) outdated.push({ fileName: file.fileName, problem: 'different' });
  }
  const produced = new Set(files.map((file) => file.fileName));
  const present = await readdir(dir).catch(() => [] as string[]);
  for (const fileName of present.filter((name) => name.endsWith('.graphql') && !produced.has(name)).sort()) {
    outdated.push({ fileName, problem: 'stale' });
  }
  return { outdated, hints };
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
