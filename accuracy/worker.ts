/** A worker thread of the lab: runs a share of the reports and sends back its tally. */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { activeLayouts, runCases } from './lab.js';
import { Tally, type Results } from './measure.js';
import { prepare } from './product.js';
import { dumpCase, failed } from './dump.js';

export interface WorkerTask {
  seed: number;
  count: number;
  from: number;
  to: number;
  /** The PDF layouts run on reports 0..pdfCount-1 only. */
  pdfCount?: number;
  layouts?: string[];
  rules?: string[];
  dump?: string;
  dumpMax: number;
  /** Dump passing cases too (to look at renderings). */
  dumpAll?: boolean;
  /** Marks the worker data of a lab worker. */
  lab?: true;
}

/** Runs a share of the reports and returns its tally (in a worker or in the main thread). */
export async function runShare(task: WorkerTask, onProgress: (renderings: number) => void): Promise<{ results: Results; dumped: number }> {
  await prepare();
  const { layouts, skipped } = await activeLayouts(task.layouts);
  const tally = new Tally(task.seed, task.count, skipped, layouts.map((l) => l.name));
  let dumped = 0;
  const perClass = new Map<string, number>();
  await runCases({
    seed: task.seed, count: task.count, from: task.from, to: task.to, ...(task.pdfCount !== undefined ? { pdfCount: task.pdfCount } : {}), ...(task.rules ? { rules: task.rules } : {}),
    onCase: (c) => {
      tally.add(c);
      if (task.dump && dumped < task.dumpMax && (task.dumpAll || failed(c))) {
        const cls = `${c.kind}:${c.layout}:${c.injector?.name ?? ''}`;
        if ((perClass.get(cls) ?? 0) < 5) {
          perClass.set(cls, (perClass.get(cls) ?? 0) + 1);
          dumpCase(task.dump, c);
          dumped++;
        }
      }
      if (tally.results.renderings % 25 === 0) onProgress(tally.results.renderings);
    },
  }, layouts);
  return { results: tally.finish(0), dumped };
}

if (!isMainThread && (workerData as { lab?: boolean })?.lab) {
  const { results, dumped } = await runShare(workerData as WorkerTask, (renderings) => parentPort!.postMessage({ kind: 'progress', renderings }));
  parentPort!.postMessage({ kind: 'done', results, dumped });
}
