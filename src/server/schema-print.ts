import 'reflect-metadata';
import { checkSchemas, printSchemas } from '../federation';
import { travailGraphSubgraphs } from './graph-server';
import { SCHEMA_DIR } from './schema-dir';
import { subgraphRoutingUrls } from './subgraph-routing';

/**
 * `schema:print` writes schema/*.graphql; `schema:check` (--check) fails when they differ from the code.
 * The supergraph routes each subgraph to `--urls offers=http://…,rome=…` (print also reads SUBGRAPH_URLS), else to
 * where `npm run subgraph` listens by default. The checked-in files carry the defaults: check ignores SUBGRAPH_URLS,
 * which a shell set up for a gateway run may hold.
 */
async function main(): Promise<void> {
  const subgraphs = travailGraphSubgraphs();
  const check = process.argv.includes('--check');
  const urlsFlag = process.argv.indexOf('--urls');
  const given = urlsFlag > 0 ? process.argv[urlsFlag + 1] : check ? undefined : process.env.SUBGRAPH_URLS;
  const urls = subgraphRoutingUrls(
    subgraphs.map((subgraph) => subgraph.name),
    given,
  );
  if (check) {
    const { problems, hints } = await checkSchemas(subgraphs, SCHEMA_DIR, { urls });
    report(hints);
    if (problems.length) {
      const files = problems.map((problem) => `${problem.fileName} (${problem.problem})`).join(', ');
      console.error(`schema/ is out of date: ${files}. Run \`npm run schema:print\` and commit the result.`);
      process.exit(1);
    }
    console.log(`schema/ matches the code (${subgraphs.length} subgraphs + supergraph).`);
  } else {
    const { written, hints } = await printSchemas(subgraphs, SCHEMA_DIR, { urls });
    report(hints);
    console.log(`Wrote ${written.join(', ')}.`);
  }
}

function report(hints: { code: string; message: string }[]): void {
  for (const hint of hints) console.log(`composition hint ${hint.code}: ${hint.message}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
