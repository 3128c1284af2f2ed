import 'reflect-metadata';
import path from 'node:path';
import { checkSchemas, printSchemas } from '../federation';
import { travailGraphSubgraphs } from './graph-server';

/** `schema:print` writes schema/*.graphql; `schema:check` (--check) fails when they differ from the code. */
const SCHEMA_DIR = path.resolve(__dirname, '../../../schema');

async function main(): Promise<void> {
  const subgraphs = travailGraphSubgraphs();
  if (process.argv.includes('--check')) {
    const result = await checkSchemas(subgraphs, SCHEMA_DIR);
    report(result.hints);
    if (result.stale.length) {
      console.error(
        `schema/ is out of date: ${result.stale.join(', ')}. Run \`npm run schema:print\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`schema/ matches the code (${subgraphs.length} subgraphs + supergraph).`);
  } else {
    const result = await printSchemas(subgraphs, SCHEMA_DIR);
    report(result.hints);
    console.log(`Wrote ${result.written.join(', ')}.`);
  }
}

function report(hints: { code: string; message: string }[]): void {
  for (const hint of hints) console.log(`composition hint ${hint.code}: ${hint.message}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
