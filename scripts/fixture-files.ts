/**
 * The report files under a folder (txt, md, html, docx, pdf; not README.md or
 * EXPECTED.md), sorted, as paths relative to `root` with forward slashes —
 * the set of fixtures that scripts/fixture-json.ts records and
 * test/fixture-output.test.ts checks.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const REPORT = /\.(?:txt|md|html|docx|pdf)$/;

export function reportFiles(dir: string, root: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return reportFiles(path, root);
      return REPORT.test(name) && name !== 'README.md' && name !== 'EXPECTED.md' ? [relative(root, path).split('\\').join('/')] : [];
    });
}
