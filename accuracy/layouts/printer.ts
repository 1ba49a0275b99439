/**
 * Printing the lab's renderings to PDF with the programs offices use
 * (scripts/make-pdf.mjs, which made the PDF fixtures: LibreOffice and
 * Chromium), in batches and cached.
 *
 * A conversion is slow (LibreOffice takes seconds to start, and both take a
 * good part of a second a page), so the lab first renders every case of the
 * PDF layouts with `collecting` on — each render() only queues its source
 * file — then `flush()` prints all that is queued at once: one LibreOffice
 * run for the Word files, one for the HTML pages, one Chromium session for
 * the pages Chromium prints, LibreOffice and Chromium side by side. Each PDF
 * is kept under the cache directory by a hash of what made it (the program
 * and its version, the print settings, the source file), so a second run,
 * or another run that draws the same reports, prints nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumMany, engineVersion, libreofficeMany, type Engine } from '../../scripts/make-pdf.mjs';
import type { Batcher } from './types.js';

export type { Engine };

/** What to print: the source file (an HTML page or a Word file) and the program that prints it. */
export interface PrintJob {
  engine: Engine;
  ext: 'html' | 'docx';
  source: Uint8Array;
  /** Chromium: the date and the page address its header and footer show. */
  date?: string;
  url?: string;
}

/** The PDF for a job, or why there is none (the program failed on it). While collecting: queued. */
export type Printed = { bytes: Uint8Array } | { problem: string } | { queued: true };

/** Changes whenever the way the lab prints changes (margins, header, filters in make-pdf.mjs), so older PDFs are not reused. */
const PRINT_SETTINGS = 'make-pdf 1: libreoffice writer_pdf_Export; chromium A4 0.4in, header date+title, footer url+page';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where printed PDFs are kept (not committed); REPORT_LINT_PDF_CACHE moves it. */
export const CACHE_DIR = process.env.REPORT_LINT_PDF_CACHE ?? join(root, 'node_modules', '.cache', 'report-lint-accuracy', 'pdf');

const NAMES: Record<Engine, string> = { libreoffice: 'LibreOffice', chromium: 'Chromium' };
const INSTALL: Record<Engine, string> = { libreoffice: 'Debian: apt-get install libreoffice-writer-nogui', chromium: 'Debian: apt-get install chromium' };

/** Prints and caches; one per process serves every PDF layout (see the module comment). */
export class Printer implements Batcher {
  collecting = false;
  private readonly queue = new Map<string, PrintJob>();
  private readonly problems = new Map<string, string>();
  private readonly versions = new Map<Engine, string | undefined>();

  /**
   * @param dir the cache directory
   * @param version the installed program's version line, undefined when it is not installed (make-pdf's engineVersion)
   */
  constructor(
    readonly dir: string = CACHE_DIR,
    private readonly version: (engine: Engine) => string | undefined = engineVersion,
  ) {}

  private versionOf(engine: Engine): string | undefined {
    if (!this.versions.has(engine)) this.versions.set(engine, this.version(engine));
    return this.versions.get(engine);
  }

  /** Null when the program is installed; otherwise the note saying why the layouts that need it are skipped. */
  check(engine: Engine): string | null {
    if (this.versionOf(engine)) return null;
    return `${NAMES[engine]} is not installed, so this PDF layout is skipped (${INSTALL[engine]}; the other layouts and the test suite do not need it)`;
  }

  /** The cache key of a job: what made the PDF, hashed. */
  key(job: PrintJob): string {
    const h = createHash('sha256');
    h.update(`${PRINT_SETTINGS}\n${job.engine}\n${this.versionOf(job.engine) ?? ''}\n${job.ext}\n${job.date ?? ''}\n${job.url ?? ''}\n`);
    h.update(job.source);
    return h.digest('hex').slice(0, 32);
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.pdf`);
  }

  /** The PDF of a job: from the cache; while collecting, queued; otherwise printed now, on its own. */
  async print(job: PrintJob): Promise<Printed> {
    const key = this.key(job);
    const file = this.file(key);
    if (existsSync(file)) return { bytes: new Uint8Array(readFileSync(file)) };
    const problem = this.problems.get(key);
    if (problem) return { problem };
    this.queue.set(key, job);
    if (this.collecting) return { queued: true };
    await this.flush();
    return existsSync(file) ? { bytes: new Uint8Array(readFileSync(file)) } : { problem: this.problems.get(key) ?? `${NAMES[job.engine]} made no PDF` };
  }

  /** How many jobs wait to be printed. */
  get pending(): number {
    return this.queue.size;
  }

  /** Prints everything queued: LibreOffice (Word files, then HTML pages) and Chromium side by side. */
  async flush(progress?: (message: string) => void): Promise<void> {
    if (!this.queue.size) return;
    const jobs = [...this.queue];
    this.queue.clear();
    const by = (engine: Engine, ext?: 'html' | 'docx') => jobs.filter(([, j]) => j.engine === engine && (!ext || j.ext === ext));
    const lo = [by('libreoffice', 'docx'), by('libreoffice', 'html')].filter((x) => x.length);
    const chromium = by('chromium');
    progress?.(`printing ${jobs.length} PDF file${jobs.length === 1 ? '' : 's'} (LibreOffice ${lo.flat().length}, Chromium ${chromium.length}); kept in ${this.dir}`);
    mkdirSync(this.dir, { recursive: true });
    const work = mkdtempSync(join(this.dir, 'work-'));
    try {
      await Promise.all([
        (async () => {
          for (const batch of lo) await this.inBatches(batch, 100, (part) => this.libreoffice(part, work));
        })(),
        chromium.length ? this.inBatches(chromium, 100, (part) => this.chromium(part, work)) : undefined,
      ]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  private async inBatches(jobs: [string, PrintJob][], size: number, print: (part: [string, PrintJob][]) => Promise<void>): Promise<void> {
    for (let i = 0; i < jobs.length; i += size) {
      const part = jobs.slice(i, i + size);
      try {
        await print(part);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        for (const [key] of part) this.problems.set(key, message.slice(0, 300));
      }
    }
  }

  /** Writes the sources to the work folder (named by key) and returns their paths. */
  private sources(jobs: [string, PrintJob][], work: string): string[] {
    return jobs.map(([key, job]) => {
      const path = join(work, `${key}.${job.ext}`);
      writeFileSync(path, job.source);
      return path;
    });
  }

  /** Moves a printed PDF into the cache (a rename: a reader never sees half a file). */
  private keep(key: string, made: string, engine: Engine): void {
    if (!existsSync(made)) {
      this.problems.set(key, `${NAMES[engine]} made no PDF`);
      return;
    }
    mkdirSync(dirname(this.file(key)), { recursive: true });
    renameSync(made, this.file(key));
  }

  private async libreoffice(jobs: [string, PrintJob][], work: string): Promise<void> {
    const out = join(work, 'libreoffice');
    await libreofficeMany(this.sources(jobs, work), out);
    for (const [key] of jobs) this.keep(key, join(out, `${key}.pdf`), 'libreoffice');
  }

  private async chromium(jobs: [string, PrintJob][], work: string): Promise<void> {
    const inputs = this.sources(jobs, work);
    const out = join(work, 'chromium');
    await chromiumMany(jobs.map(([key, job], i) => ({ input: inputs[i]!, output: join(out, `${key}.pdf`), date: job.date ?? '', url: job.url ?? '' })));
    for (const [key] of jobs) this.keep(key, join(out, `${key}.pdf`), 'chromium');
  }
}

/** The printer every PDF layout of the registry uses. */
export const printer = new Printer();
