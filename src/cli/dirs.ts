/**
 * Creating the directories an output file needs, one level at a time from
 * the nearest directory that exists. `mkdir -p` through Node's recursive mkdir
 * can spin forever in a virtual file system such as /proc, where creating a
 * directory fails but the parent looks present; a level-by-level mkdir fails at
 * once, with the directory that could not be made.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CliMessages } from './messages.js';

/** A directory that could not be created (or a path part that is not a directory). */
export class DirectoryError extends Error {
  constructor(
    readonly dir: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** Makes every missing directory of the absolute path `dir`, parents first. */
export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    try {
      if ((await stat(at)).isDirectory()) break;
      throw new DirectoryError(at, 'ENOTDIR', `${at} is not a directory`);
    } catch (error) {
      if (error instanceof DirectoryError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || dirname(at) === at) throw new DirectoryError(at, code, (error as Error).message);
      missing.push(at);
    }
  }
  for (const at of missing.reverse()) {
    try {
      await mkdir(at);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code !== 'EEXIST') throw new DirectoryError(at, e.code, e.message);
    }
  }
}

/** Makes the directories a file at `absPath` needs. */
export function makeParentDirs(absPath: string): Promise<void> {
  return makeDirs(dirname(absPath));
}

/** Why writing failed, in words: the directory that could not be made, or the OS reason. */
export function writeFailure(error: unknown, t: CliMessages): string {
  const e = error as NodeJS.ErrnoException;
  const reason = t.osReason(e.code, e.message);
  return error instanceof DirectoryError ? t.cannotCreateDir(error.dir, reason) : reason;
}
