import type { Block, Root, Section, Table } from '../ast/types.js';
import { tables } from '../ast/walk.js';
import { normalizeLabel } from '../text/normalize.js';
import { readApplications } from './applications.js';
import { readActiveItem } from './active.js';
import { readReview } from './review.js';
import { readLegacy } from './legacy.js';
import { notReportReason, truncation } from './completeness.js';
import { withActiveAccess, withApplicationsAccess, withLegacyAccess, withReviewAccess } from './access.js';
import type { ActiveItem, ReportModel } from './types.js';
import { STANDARD_SECTIONS, type SectionKey } from './vocabulary.js';

/**
 * Typed access to the sections and standard tables of a parsed report, and
 * whether it is a report at all and whole. `text` is the decoded file (for
 * the generator tag of report-lint's own HTML pages).
 */
export function buildModel(root: Root, text = ''): ReportModel {
  const topSections = root.children.filter((b): b is Section => b.type === 'section' && b.level === 1);
  const model: ReportModel = {
    kind: 'report',
    generation: root.data.generation,
    sections: standardSections(topSections),
    topSections,
    legacy: [],
  };
  const items: ActiveItem[] = [];
  const last = lastBlock(root);
  for (const table of tables(root)) {
    const kind = classifyTable(table);
    const endsText = table === last;
    if (kind === 'active') {
      const item = readActiveItem(table, endsText);
      if (item) items.push(item);
    } else if (kind === 'applications' && !model.applications) {
      model.applications = withApplicationsAccess(readApplications(table, endsText));
    } else if (kind === 'review' && !model.review) {
      const review = readReview(table, endsText);
      if (review) model.review = withReviewAccess(review);
    } else if (kind === 'legacy') {
      const legacy = readLegacy(table);
      if (legacy) model.legacy.push(withLegacyAccess(legacy));
    }
  }
  if (items.length) model.active = withActiveAccess(items);
  const notReport = notReportReason(root, model, text, root.data.format);
  if (notReport) {
    model.kind = 'not-report';
    model.notReport = notReport;
    return model;
  }
  const truncated = truncation(root, model);
  if (truncated) model.truncated = truncated;
  return model;
}

/** The last block of the text (a section's last block, at any depth). */
function lastBlock(root: Root): Block | undefined {
  let block: Block | undefined = root.children[root.children.length - 1];
  while (block?.type === 'section' && block.children.length) block = block.children[block.children.length - 1];
  return block;
}

type TableKind = 'active' | 'applications' | 'review' | 'legacy' | 'other';

export function classifyTable(table: Table): TableKind {
  const labels = table.children.flatMap((r) => r.children.map((c) => normalizeLabel(c.value)));
  if (labels.some((l) => /^第二十条第\(/.test(l))) return 'active';
  if (labels.some((l) => /勾稽关系|本年新收|上年结转|结转下年度/.test(l))) return 'applications';
  if (labels.some((l) => /^行政复议/.test(l)) && labels.some((l) => /结果维持|尚未审结/.test(l))) return 'review';
  if (labels.some((l) => /^(?:指标名称|统计指标|指标$)/.test(l)) || labels.some((l) => /主动公开.*(?:信息|文件)数|申请.*(?:总数|数)$/.test(l))) {
    return 'legacy';
  }
  return 'other';
}

/** Maps the top-level sections to the six standard ones by number and title. */
function standardSections(top: Section[]): Partial<Record<SectionKey, Section>> {
  const out: Partial<Record<SectionKey, Section>> = {};
  for (const def of STANDARD_SECTIONS) {
    const title = (s: Section) => normalizeLabel(s.title);
    const match = top.find((s) => s.ordinal === def.number && def.pattern.test(title(s))) ?? top.find((s) => def.pattern.test(title(s)));
    if (match) out[def.key] = match;
  }
  return out;
}
