/**
 * Builds an artefact (the CLI bundle, the offline page) for the tests that
 * run it, only when it is missing or older than its sources: `npm ci` builds
 * the CLI bundle already (prepare), and several test files need the same
 * build. A build writes beside its file and renames it, so two test workers
 * building at once each leave a whole file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Latest modification time under a directory (or of a file). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Runs `node scripts/<script>` when `output` (relative to the root) is missing or older than src/, rules/, the script or package.json. */
export function buildIfStale(output: string, script: string): void {
  const target = join(ROOT, output);
  const sources = Math.max(...['src', 'rules', join('scripts', script), 'package.json'].map((p) => newest(join(ROOT, p))));
  if (existsSync(target) && statSync(target).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', script)], { cwd: ROOT, stdio: 'pipe' });
}

/** The CLI bundle bin/report-lint.js loads. */
export const buildCli = () => buildIfStale('dist/report-lint.js', 'build-cli.mjs');
