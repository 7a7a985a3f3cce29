// Lints the GraphQL schema the app serves with graphql-schema-linter (.graphql-schema-linterrc: every built-in
// rule but the alphabetical-order ones) and @graphql-eslint's Relay rules (eslint.config.mjs).
//
//   node lint.mjs [--all] <schema files or a `dir/*.graphqls` pattern>
//
// Both linters read the whole schema (a file alone is not a valid schema: network.graphqls extends Query and
// uses Unit). Findings in the files listed in checked-files.txt fail the run; with --all, findings in every file
// do. Findings in the other files are counted, not listed, unless --all is given.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const args = process.argv.slice(2);
const all = args.includes('--all');
const patterns = args.filter((arg) => arg !== '--all');
if (patterns.length === 0) {
  patterns.push('../../../graphql-schema/*.graphqls');
}

// The shell of `npm run` may not expand globs (Windows): `dir/*.ext` is expanded here.
function expand(pattern) {
  const path = resolve(here, pattern);
  const name = basename(path);
  if (!name.includes('*')) {
    return [path];
  }
  const [prefix, suffix] = name.split('*');
  return readdirSync(dirname(path))
    .filter((file) => file.startsWith(prefix) && file.endsWith(suffix))
    .sort()
    .map((file) => join(dirname(path), file));
}

const files = patterns.flatMap(expand);
if (files.length === 0 || files.some((file) => !existsSync(file))) {
  console.error(`no such schema files: ${patterns.join(' ')}`);
  process.exit(2);
}
const listed = readFileSync(join(here, 'checked-files.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const unknown = listed.filter((name) => !files.some((file) => basename(file) === name));
if (unknown.length > 0) {
  console.error(`checked-files.txt names files that are not in the schema: ${unknown.join(', ')}`);
  process.exit(2);
}
const checked = all ? files : files.filter((file) => listed.includes(basename(file)));
const isChecked = (file) => file === undefined || checked.includes(resolve(file));
const show = (file) => (file === undefined ? '(schema)' : relative(root, file));

// graphql-schema-linter, over the whole schema; its JSON report names the file of each finding.
const linter = spawnSync(process.execPath, [join(here, 'node_modules/graphql-schema-linter/lib/cli.js'),
  '--config-directory', here, '--format', 'json', ...files], { cwd: here, encoding: 'utf8' });
let schemaFindings;
try {
  schemaFindings = JSON.parse(linter.stdout).errors.map((error) => ({
    file: error.location?.file, line: error.location?.line ?? 0, column: error.location?.column ?? 0,
    message: error.message, rule: error.rule, linter: 'graphql-schema-linter',
  }));
} catch {
  console.error(`graphql-schema-linter did not report (exit ${linter.status}):\n${linter.stdout}${linter.stderr}`);
  process.exit(2);
}

// @graphql-eslint, the Relay rules: the files linted are the checked ones; the schema-aware rules see them all.
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(here, 'eslint.config.mjs') });
const eslintFindings = (await eslint.lintFiles(checked)).flatMap((result) => result.messages.map((message) => ({
  file: result.filePath, line: message.line ?? 0, column: message.column ?? 0, message: message.message,
  rule: message.ruleId ?? 'parse', linter: '@graphql-eslint',
})));
const uncheckedEslint = all ? [] : (await eslint.lintFiles(files.filter((file) => !checked.includes(file))))
  .flatMap((result) => result.messages.map(() => result.filePath));

const failing = [...schemaFindings.filter((finding) => isChecked(finding.file)), ...eslintFindings]
  .sort((a, b) => show(a.file).localeCompare(show(b.file)) || a.line - b.line || a.column - b.column);
for (const finding of failing) {
  console.log(`${show(finding.file)}:${finding.line}:${finding.column}  ${finding.message}  `
    + `(${finding.linter} ${finding.rule})`);
}
const scope = all ? 'all schema files' : `checked files (${checked.map((file) => basename(file)).join(', ')})`;
console.log(`${failing.length} finding(s) in ${scope}`);
if (!all) {
  const others = schemaFindings.filter((finding) => !isChecked(finding.file)).length + uncheckedEslint.length;
  const pending = files.filter((file) => !checked.includes(file)).map((file) => basename(file));
  if (pending.length > 0) {
    console.log(`not checked yet: ${pending.join(', ')} (${others} finding(s); \`npm run lint:all\` lists them)`);
  }
}
process.exit(failing.length === 0 ? 0 : 1);
