import { defineRule, t } from '../src/engine/define.js';
import type { Section, Table } from '../src/ast/types.js';
import type { RuleContext } from '../src/engine/types.js';
import { rowName } from '../src/model/labels.js';
import { OUTCOME_ROWS_2021 } from '../src/model/types.js';
import { classifyTable } from '../src/model/index.js';
import { readCell } from '../src/text/numbers.js';

const REQUIRED_ROWS_COMMON = ['new', 'carried_over', ...OUTCOME_ROWS_2021.filter((k) => !k.startsWith('other_')), 'total', 'carried_forward'];
const ACTIVE_ITEMS: Record<'2019' | '2021', number[]> = { '2019': [1, 5, 6, 8, 9], '2021': [1, 5, 6, 8] };

function tablesIn(section: Section): Table[] {
  const out: Table[] = [];
  const visit = (s: Section) => {
    for (const b of s.children) {
      if (b.type === 'table') out.push(b);
      else if (b.type === 'section') visit(b);
    }
  };
  visit(section);
  return out;
}

/**
 * Sections 二, 三 and 四 of the 2019 trial and 2021 templates carry their
 * statistics tables, complete with the mandatory rows and some numbers.
 */
export default defineRule({
  meta: {
    id: 'required-tables',
    title: t('缺少必备表格', 'Required tables'),
    severity: 'error',
    description: t(
      '第二、三、四部分必须有对应的统计表，表格不能为空，也不能缺少必备的行。',
      'Sections 二, 三 and 四 carry their statistics tables, not empty and with every mandatory row.',
    ),
    fixable: false,
  },
  check(context) {
    const gen = context.model.generation;
    if (gen !== '2019' && gen !== '2021') return;
    const { sections, applications, review, active } = context.model;
    const kinds = [
      ['active', sections.active, '主动公开政府信息情况统计表'],
      ['applications', sections.applications, '收到和处理政府信息公开申请情况表'],
      ['review', sections.review, '行政复议、行政诉讼情况表'],
    ] as const;
    for (const [kind, section, name] of kinds) {
      if (!section) continue;
      const own = tablesIn(section).filter((tb) => classifyTable(tb) === kind);
      const present = kind === 'active' ? !!active : kind === 'applications' ? !!applications : !!review;
      if (own.length === 0 && !present) {
        context.report({
          node: section.heading,
          message: t(`“${section.heading.value.trim()}”下没有表格：缺少${name}`, `“${section.heading.value.trim()}” has no table: the ${kind} table is missing`),
        });
      }
    }
    if (active) {
      const items = active.items.map((i) => i.item);
      const missing = ACTIVE_ITEMS[gen].filter((n) => !items.includes(n));
      if (missing.length && sections.active) {
        context.report({
          node: active.items[0]!.table,
          message: t(
            `主动公开情况表缺少第二十条${missing.map((n) => `第（${'一二三四五六七八九'[n - 1]}）项`).join('、')}`,
            `The proactive-disclosure table lacks article 20 item(s) ${missing.join(', ')}`,
          ),
        });
      }
    }
    if (applications) checkApplications(context, gen, applications.table);
  },
});

function checkApplications(context: RuleContext, gen: '2019' | '2021', table: Table): void {
  const apps = context.model.applications!;
  // Numbers may also hide in labels when a row's digits are glued to it ("数量713000074").
  const hasNumber = table.children.some((r) => r.children.some((c) => readCell(c.value).kind === 'number' || /\d{3,}/.test(c.value)));
  if (!hasNumber) {
    context.report({ node: table, message: t('收到和处理政府信息公开申请情况表没有填写任何数字', 'The requests table (三) has no numbers at all') });
    return;
  }
  const required = [...REQUIRED_ROWS_COMMON];
  const variant = apps.variant ?? (gen === '2021' ? '2021' : '2019');
  if (variant === '2021') required.push('other_1', 'other_2', 'other_3');
  else required.push('other');
  const missing = required.filter((k) => !apps.rows.has(k));
  if (missing.length) {
    context.report({
      node: table,
      message: t(
        `收到和处理政府信息公开申请情况表缺少${missing.length}行：${missing.map((k) => rowName(k).zh).join('、')}`,
        `The requests table (三) lacks ${missing.length} row(s): ${missing.map((k) => rowName(k).en).join(', ')}`,
      ),
    });
  }
}
