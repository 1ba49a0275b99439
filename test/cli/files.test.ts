import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles, isReportFile } from '../../src/cli/files.js';
import type { LintResult } from '../../src/results.js';
import { BAD, CLEAN, onlyRules, runCli, tempTrees } from './helpers.js';


const tree = tempTrees();

const shown = async (args: string[], cwd: string) => {
  const { files, missing } = await discoverFiles(args, cwd);
  return { files: files.map((f) => f.displayPath), missing };
};

describe('discoverFiles', () => {
  it('searches directories recursively for report extensions, sorted, skipping node_modules and dot-directories', async () => {
    const dir = tree({
      'reports/b.txt': '',
      'reports/a.md': '',
      'reports/2020/z.html': '',
      'reports/2020/y.HTM': '',
      'reports/c.shtml': '',
      'reports/d.markdown': '',
      'reports/e.docx': '',
      'reports/notes.json': '',
      'reports/node_modules/x.txt': '',
      'reports/.git/x.txt': '',
      'reports/a-b/x.txt': '',
    });
    expect(await shown(['reports'], dir)).toEqual({
      files: [
        'reports/2020/y.HTM',
        'reports/2020/z.html',
        'reports/a-b/x.txt',
        'reports/a.md',
        'reports/b.txt',
        'reports/c.shtml',
        'reports/d.markdown',
        'reports/e.docx',
      ],
      missing: [],
    });
  });

  it('keeps the input order, takes explicit files whatever their extension, and lists each file once', async () => {
    const dir = tree({ 'z.txt': '', 'a/b.txt': '', 'notes.log': '' });
    expect(await shown(['z.txt', 'a', 'notes.log', 'a/b.txt', './z.txt'], dir)).toEqual({
      files: ['z.txt', 'a/b.txt', 'notes.log'],
      missing: [],
    });
  });

  it('expands globs (report files only) and reports patterns that match nothing', async () => {
    const dir = tree({ 'r/2021.txt': '', 'r/2020.txt': '', 'r/x.json': '', 'r/node_modules/y.txt': '', 'r/sub/2019.md': '' });
    expect(await shown(['r/**/*', 'q/*.txt', 'nope.txt'], dir)).toEqual({
      files: ['r/2020.txt', 'r/2021.txt', 'r/sub/2019.md'],
      missing: ['q/*.txt', 'nope.txt'],
    });
  });

  it('follows symbolic links without looping', async () => {
    const dir = tree({ 'r/a.txt': '', 'r/sub/b.txt': '' });
    symlinkSync(join(dir, 'r'), join(dir, 'r', 'sub', 'loop'));
    symlinkSync(join(dir, 'r', 'a.txt'), join(dir, 'r', 'sub', 'link.txt'));
    mkdirSync(join(dir, 'r', 'empty'));
    const found = await shown(['r'], dir);
    // link.txt is the same file as a.txt, so it is listed once.
    expect(found).toEqual({ files: ['r/a.txt', 'r/sub/b.txt'], missing: [] });
  });

  it('a directory without reports counts as matching nothing', async () => {
    const dir = tree({ 'empty/readme.json': '' });
    expect(await shown(['empty'], dir)).toEqual({ files: [], missing: ['empty'] });
  });

  it('isReportFile checks the extension case-insensitively', () => {
    expect(['a.TXT', 'b.Md', 'c.markdown', 'd.shtml', 'e.docx'].every(isReportFile)).toBe(true);
    expect(['a.json', 'b.doc', 'txt'].some(isReportFile)).toBe(false);
  });
});

describe('discovery through the CLI', () => {
  it('lints a directory in path order and a glob', async () => {
    const dir = tree({ '.reportlintrc.json': onlyRules(), 'r/2.txt': BAD, 'r/1.txt': CLEAN, 'g/x.md': CLEAN });
    const r = await runCli(['r', 'g/*.md', '-f', 'json'], dir);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as LintResult[]).map((x) => [x.filePath, x.errorCount])).toEqual([
      ['r/1.txt', 0],
      ['r/2.txt', 2],
      ['g/x.md', 0],
    ]);
  });
});
