/**
 * The guard run inside the test suite: a small fixed-seed run whose figures
 * may not fall below the checked-in baseline (accuracy/baseline.json); a
 * layout whose wrong-and-certain cells reached 0 may never have one again.
 * `npm run accuracy -- --write-baseline` rewrites the baseline on purpose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarise, type Results } from './measure.js';
import { LAYOUTS } from './layouts/index.js';

export const GUARD = { seed: 20240601, count: 3 };

/**
 * The layouts the guard runs: all but those an outside program makes (PDF
 * printing by LibreOffice or Chromium), so the suite needs neither and its
 * figures are the same on every machine.
 */
export const guardLayouts = (): string[] => LAYOUTS.filter((l) => !l.batch).map((l) => l.name);
export const BASELINE_PATH = join(dirname(fileURLToPath(import.meta.url)), 'baseline.json');

export interface Figures {
  seed: number;
  count: number;
  /** layout → exact % and uncertain % of cells, wrong-and-certain and missed cells, false findings per 100 clean renderings. */
  layouts: Record<string, { exact: number; uncertain: number; wrong: number; missed: number; falsePer100: number; recall: number }>;
  /** rule → recall %. */
  rules: Record<string, number>;
}

export function figures(r: Results): Figures {
  const s = summarise(r);
  const layouts: Figures['layouts'] = {};
  for (const [name, l] of Object.entries(s.layouts)) {
    layouts[name] = { exact: l.exact, uncertain: l.uncertain, wrong: l.wrong, missed: l.missed, falsePer100: Math.round(l.falsePer100 * 100) / 100, recall: s.layoutsRecall[name]?.recall ?? 0 };
  }
  const rules: Figures['rules'] = {};
  for (const [rule, x] of Object.entries(s.rulesRecall)) rules[rule] = x.recall;
  return { seed: r.seed, count: r.count, layouts, rules };
}

/** The ways the figures fall short of the baseline (empty when they hold). */
export function regressions(now: Figures, base: Figures): string[] {
  const out: string[] = [];
  for (const [name, b] of Object.entries(base.layouts)) {
    const n = now.layouts[name];
    if (!n) {
      out.push(`layout ${name} produced no figures`);
      continue;
    }
    if (n.exact + n.uncertain < b.exact + b.uncertain - 1e-9) out.push(`${name}: exact-or-uncertain ${n.exact + n.uncertain}% < baseline ${b.exact + b.uncertain}%`);
    if (n.exact < b.exact - 1e-9) out.push(`${name}: exact ${n.exact}% < baseline ${b.exact}%`);
    if (b.wrong === 0 && n.wrong > 0) out.push(`${name}: ${n.wrong} wrong-and-certain cells (baseline 0: may never rise again)`);
    else if (n.wrong > b.wrong) out.push(`${name}: ${n.wrong} wrong-and-certain cells > baseline ${b.wrong}`);
    if (n.missed > b.missed) out.push(`${name}: ${n.missed} missed cells > baseline ${b.missed}`);
    if (n.falsePer100 > b.falsePer100 + 1e-9) out.push(`${name}: ${n.falsePer100} false findings per 100 clean renderings > baseline ${b.falsePer100}`);
    if (n.recall < b.recall - 1e-9) out.push(`${name}: recall ${n.recall}% < baseline ${b.recall}%`);
  }
  for (const [rule, b] of Object.entries(base.rules)) {
    const n = now.rules[rule] ?? 0;
    if (n < b - 1e-9) out.push(`${rule}: recall ${n}% < baseline ${b}%`);
  }
  return out;
}

export function readBaseline(): Figures {
  return JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as Figures;
}

export function writeBaseline(f: Figures): void {
  writeFileSync(BASELINE_PATH, `${JSON.stringify(f, null, 2)}\n`);
}
