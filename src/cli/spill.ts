/**
 * A PendingStore on disk: while a run waits for its last report (the
 * cross-report rules compare them all), each report's findings are written to
 * a temporary file as a line of JSON and read back when its result is made,
 * so a run of tens of thousands of reports keeps only their summaries in
 * memory. The file is removed when the run ends (or the process exits).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PendingReport, PendingStore } from '../lint.js';

/** Bytes gathered before a write. */
const CHUNK = 1 << 20;

export class SpillStore implements PendingStore {
  private readonly dir: string;
  private readonly fd: number;
  /** Where each report's line starts, and its length in bytes. */
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private written = 0;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private readonly cleanup = () => this.close();

  /** A store in a new temporary directory; throws when none can be made (use the memory then). */
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'report-lint-'));
    try {
      this.fd = openSync(join(this.dir, 'pending.jsonl'), 'w+');
    } catch (error) {
      rmSync(this.dir, { recursive: true, force: true });
      throw error;
    }
    process.on('exit', this.cleanup);
  }

  put(index: number, report: PendingReport): void {
    const bytes = Buffer.from(JSON.stringify(report));
    this.starts[index] = this.written + this.bufferedBytes;
    this.lengths[index] = bytes.length;
    this.buffered.push(bytes);
    this.bufferedBytes += bytes.length;
    if (this.bufferedBytes >= CHUNK) this.flush();
  }

  take(index: number): PendingReport {
    if (this.bufferedBytes > 0) this.flush();
    const bytes = Buffer.allocUnsafe(this.lengths[index]!);
    let read = 0;
    while (read < bytes.length) read += readSync(this.fd, bytes, read, bytes.length - read, this.starts[index]! + read);
    return JSON.parse(bytes.toString('utf8')) as PendingReport;
  }

  /** Removes the file (once). */
  close(): void {
    process.off('exit', this.cleanup);
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    const data = Buffer.concat(this.buffered, this.bufferedBytes);
    let done = 0;
    while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, this.written + done);
    this.written += data.length;
    this.buffered = [];
    this.bufferedBytes = 0;
  }
}
