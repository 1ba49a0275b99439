import {
  classifyTable, defineRule, OUTCOME_ROWS_2021, readCell, rowName, t, type RuleContext, type Section, type Table,
} from '../src/rule-kit.js';

const messages = {
  noTable: t('“{{heading}}”下没有表格：缺少{{table}}', '“{{heading}}” has no table: the {{table}} is missing'),
  activeTable: t('主动公开政府信息情况统计表', 'table of proactive disclosure (二)'),
  applicationsTable: t('收到和处理政府信息公开申请情况表', 'table of requests received and handled (三)'),
  reviewTable: t('行政复议、行政诉讼情况表', 'table of administrative reviews and lawsuits (四)'),
  missingItems: t('主动公开情况表缺少第二十条{{items}}', 'The proactive-disclosure table lacks article 20 item(s) {{items}}'),
  noNumbers: t('收到和处理政府信息公开申请情况表没有填写任何数字', 'The requests table (三) has no numbers at all'),
  missingRows: t('收到和处理政府信息公开申请情况表缺少{{count}}行：{{rows}}', 'The requests table (三) lacks {{count}} row(s): {{rows}}'),
};

type Context = RuleContext<Record<string, unknown>, keyof typeof messages>;

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
    messages,
  },
  check(context) {
    const gen = context.model.generation;
    if (gen !== '2019' && gen !== '2021') return;
    const { sections, applications, review, active, truncated } = context.model;
    // Where an excerpt stops, its tables may be cut short or never reached: required-sections says so once.
    const cut = (section: Section | undefined, table: Table | undefined) =>
      !!truncated && ((!!section && truncated.section === section) || (!!table && truncated.table === table));
    const kinds = [
      ['active', sections.active, 'activeTable'],
      ['applications', sections.applications, 'applicationsTable'],
      ['review', sections.review, 'reviewTable'],
    ] as const;
    for (const [kind, section, name] of kinds) {
      if (!section || cut(section, undefined)) continue;
      const own = tablesIn(section).filter((tb) => classifyTable(tb) === kind);
      const present = kind === 'active' ? !!active : kind === 'applications' ? !!applications : !!review;
      if (own.length === 0 && !present) {
        context.report({ node: section.heading, messageId: 'noTable', data: { heading: section.heading.value.trim(), table: { messageId: name } } });
      }
    }
    if (active) {
      const items = active.items.map((i) => i.item);
      const missing = ACTIVE_ITEMS[gen].filter((n) => !items.includes(n));
      if (missing.length && sections.active && !cut(sections.active, undefined)) {
        const items = t(missing.map((n) => `第（${'一二三四五六七八九'[n - 1]}）项`).join('、'), missing.join(', '));
        context.report({ node: active.items[0]!.table, messageId: 'missingItems', data: { items } });
      }
    }
    if (applications && !cut(sections.applications, applications.table)) checkApplications(context, gen, applications.table);
  },
});

function checkApplications(context: Context, gen: '2019' | '2021', table: Table): void {
  const apps = context.model.applications!;
  // Numbers may also hide in labels when a row's digits are glued to it ("数量713000074").
  const hasNumber = table.children.some((r) => r.children.some((c) => readCell(c.value).kind === 'number' || /\d{3,}/.test(c.value)));
  if (!hasNumber) {
    context.report({ node: table, messageId: 'noNumbers' });
    return;
  }
  const required = [...REQUIRED_ROWS_COMMON];
  const variant = apps.variant ?? (gen === '2021' ? '2021' : '2019');
  if (variant === '2021') required.push('other_1', 'other_2', 'other_3');
  else required.push('other');
  const missing = required.filter((k) => !apps.rows.has(k));
  // Rows whose labels the reader could not be sure of may be the missing ones: parse-uncertain says so instead.
  const guessed = table.children.some((r) => r.children[0]?.uncertain);
  if (missing.length && !guessed) {
    const rows = t(missing.map((k) => rowName(k).zh).join('、'), missing.map((k) => rowName(k).en).join(', '));
    context.report({ node: table, messageId: 'missingRows', data: { count: missing.length, rows } });
  }
}
