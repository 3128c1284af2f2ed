// `npm run codegen:check`: generates the typed documents of codegen.yml in memory and fails when the checked-in
// output differs (an operation or schema/ changed without `npm run codegen`), so typed clients never go stale.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
const outputs = await generate({ ...config, cwd: root, silent: true, verbose: false }, false);

const stale = [];
const expected = new Set();
for (const { filename, content } of outputs) {
  const file = path.resolve(root, filename);
  expected.add(file);
  if (!existsSync(file)) stale.push(`missing: ${path.relative(root, file)}`);
  else if (readFileSync(file, 'utf8') !== content) stale.push(`differs: ${path.relative(root, file)}`);
}
for (const target of Object.keys(config.generates)) {
  const directory = path.resolve(root, target);
  if (!target.endsWith('/') || !existsSync(directory)) continue;
  for (const name of readdirSync(directory)) {
    const file = path.join(directory, name);
    if (!expected.has(file)) stale.push(`not generated any more: ${path.relative(root, file)}`);
  }
}
if (stale.length > 0) {
  console.error(`Typed documents are stale; run \`npm run codegen\` and commit the result:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(`Typed documents up to date (${outputs.length} files).`);
