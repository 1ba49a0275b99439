/**
 * Records what the tool says about every fixture, to compare two versions of
 * the code: `tsx scripts/fixture-json.ts <dir>` writes, for each report under
 * fixtures/ (txt, md, html, docx, pdf), its `--format json` output in Chinese and
 * in English and its `extract` record, plus one run over all of fixtures/
 * together (the cross-report rules see each other there), also as the stylish
 * text people read. Compare two such
 * directories with `diff -r`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { reportFiles } from './fixture-files.js';

const ROOT = join(import.meta.dirname, '..');
const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: tsx scripts/fixture-json.ts <output directory>\n');
  process.exit(2);
}

async function run(argv: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ROOT, isTTY: false, env: {} });
  const pretty = stdout.trim().startsWith('[') ? JSON.stringify(JSON.parse(stdout), null, 1) : stdout;
  return `exit ${code}\n${stderr}${pretty}\n`;
}

mkdirSync(out, { recursive: true });
const files = reportFiles(join(ROOT, 'fixtures'), ROOT);
for (const file of files) {
  const name = file.replace(/[/\\]/g, '__');
  writeFileSync(join(out, `${name}.zh.json`), await run(['--format', 'json', file]));
  writeFileSync(join(out, `${name}.en.json`), await run(['--format', 'json', '--locale', 'en', file]));
  writeFileSync(join(out, `${name}.extract.json`), await run(['extract', '--format', 'json', file]));
}
writeFileSync(join(out, 'all.zh.json'), await run(['--format', 'json', ...files]));
writeFileSync(join(out, 'all.en.json'), await run(['--format', 'json', '--locale', 'en', ...files]));
writeFileSync(join(out, 'all.zh.stylish'), await run(['--no-color', ...files]));
writeFileSync(join(out, 'all.en.stylish'), await run(['--no-color', '--locale', 'en', ...files]));
process.stdout.write(`${files.length} reports recorded in ${out}\n`);
