/**
 * File discovery: turns the command line's files, directories and glob
 * patterns into the list of reports to check, in input order.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** Extensions searched for in directories and kept from glob matches. */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.shtml', '.docx', '.pdf'];

export interface FoundFile {
  /** The path to show: as given for files, joined onto the given directory for directory contents. */
  displayPath: string;
  /** Absolute path for reading. */
  absPath: string;
  /** True when the file was named on the command line (not found in a directory or by a glob). */
  explicit: boolean;
}

export interface Discovery {
  files: FoundFile[];
  /** Arguments that matched nothing, in input order. */
  missing: string[];
}

/** True when the file name ends with one of the report extensions (any case). */
export function isReportFile(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Skipped while walking directories and globbing. */
function isSkippedDir(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Expands the arguments. An existing file is taken as is (whatever its
 * extension); a directory is searched recursively; anything else is tried as
 * a glob. A file reached twice (same real path) is listed once, first place wins.
 */
export async function discoverFiles(args: string[], cwd: string): Promise<Discovery> {
  const files: FoundFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = async (displayPath: string, absPath: string, explicit = false) => {
    const real = await realpath(absPath).catch(() => absPath);
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ displayPath, absPath, explicit });
  };

  for (const arg of args) {
    const absPath = resolve(cwd, arg);
    const info = await stat(absPath).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await walkDirectory(absPath);
      if (found.length === 0) missing.push(arg);
      for (const abs of found) await add(join(arg, relative(absPath, abs)), abs);
    } else if (info) {
      await add(arg, absPath, true);
    } else if ((await import('tinyglobby')).isDynamicPattern(arg)) {
      // tinyglobby is loaded only for arguments that are not existing paths.
      const matches = await expandGlob(arg, cwd);
      if (matches.length === 0) missing.push(arg);
      for (const match of matches) await add(match, resolve(cwd, match));
    } else {
      missing.push(arg);
    }
  }
  return { files, missing };
}

/**
 * All report files under a directory, sorted by path. Follows symbolic links
 * but remembers the real path of every directory entered, so link loops end.
 */
export async function walkDirectory(root: string): Promise<string[]> {
  const out: string[] = [];
  const visited = new Set<string>();
  const visit = async (dir: string) => {
    const real = await realpath(dir).catch(() => undefined);
    if (real === undefined || visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir && !isSkippedDir(entry.name)) await visit(path);
      else if (isFile && isReportFile(entry.name)) out.push(path);
    }
  };
  await visit(root);
  return out.sort(comparePaths);
}

/** Glob matches (paths relative to cwd, as tinyglobby gives them), report files only, sorted. */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const matches = await glob(pattern, {
    cwd,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    followSymbolicLinks: true,
    ignore: ['**/node_modules/**'],
  });
  return matches.filter(isReportFile).sort(comparePaths);
}

/** Orders paths by code unit, component by component (so "a/b" sorts before "a-b"). */
function comparePaths(a: string, b: string): number {
  const pa = a.split(/[\\/]/);
  const pb = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}
