import {
  defineRule, normalizeLabel, readCell, sections as allSections, t, textNodes, type Cell, type RuleContext, type Table,
} from '../src/rule-kit.js';

const messages = {
  trialTableLate: t(
    '{{year}}年度报告使用了2019年试行格式的表格（如“{{label}}”）；2021年度起应使用国办公开办函〔2021〕30号规定的格式（本年制发件数、本年废止件数、现行有效件数等）',
    'A {{year}} report uses the 2019 trial table (“{{label}}”); reports for 2021 on use the format of 国办公开办函〔2021〕30号 (本年制发件数, 本年废止件数, 现行有效件数 and so on)',
  ),
  modernTableEarly: t(
    '{{year}}年度报告使用了2021年格式的表格（如“{{label}}”），而该年度应使用2019年试行格式（国办公开办函〔2019〕60号）',
    'A {{year}} report uses the 2021 table (“{{label}}”); {{year}} reports use the 2019 trial format (国办公开办函〔2019〕60号)',
  ),
  legacyTableLate: t(
    '{{year}}年度报告附有2019年以前格式的统计表，应改用统一格式的第二、三、四部分表格',
    'A {{year}} report carries a pre-2019 statistics table; it should use the standard tables of sections 二, 三 and 四',
  ),
  truncatedHeader: t('表头“{{header}}”不完整或不是模板中的列名', 'Column header “{{header}}” is truncated or not a template header'),
  normativeRow: t(
    '2021年格式中该行应为“行政规范性文件”，不是“规范性文件”（后者是2019年试行格式的写法）',
    'The 2021 format names this row “行政规范性文件”, not “规范性文件” (the trial wording)',
  ),
  renamedOther: t('“（六）其他”应为“（六）其他处理”', '“（六）其他” should read “（六）其他处理”'),
  unknownRow: t('表三中有模板没有的行：“{{label}}”', 'Table 三 has a row the template does not have: “{{label}}”'),
  missingNote: t(
    '表三缺少表头说明“（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）”',
    'Table 三 lacks the note on its 勾稽 relation (first + second = third + fourth)',
  ),
};

type Context = RuleContext<Record<string, unknown>, keyof typeof messages>;

/** Column headers of table 二, by template. */
const TRIAL_HEADERS = /^(?:本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/减|处理决定数量|采购项目数量|采购总金额.*)$/;
const MODERN_HEADERS = /^(?:本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额.*)$/;

function cells(table: Table): Cell[] {
  return table.children.flatMap((r) => r.children);
}

function findCell(table: Table, test: (norm: string) => boolean): Cell | undefined {
  return cells(table).find((c) => test(normalizeLabel(c.value)));
}

/**
 * The template the tables follow against the report year, labels renamed or
 * unknown to the template, and the 勾稽 note of table 三.
 */
export default defineRule({
  meta: {
    id: 'template-version',
    title: t('报告格式与年度不符', 'Template version'),
    severity: 'warning',
    description: t(
      '表格格式与报告年度不符（2021 年及以后的报告用了 2019 年试行格式，或反之），表头、行名被改写或不在模板中，表三缺少勾稽关系说明。',
      'The tables follow a template that does not match the report year, labels are renamed or unknown to the template, or table 三 lacks its 勾稽 note.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    checkLayoutYear(context);
    checkActiveLabels(context);
    checkApplications(context);
  },
});

function checkLayoutYear(context: Context): void {
  const year = context.root.data.year;
  if (!year || year.source === 'body') return;
  const items = context.model.active?.items ?? [];
  let trial: Cell | undefined;
  let modern: Cell | undefined;
  for (const item of items) {
    trial ??= findCell(item.table, (n) => TRIAL_HEADERS.test(n) || /^第二十条第\(九\)项/.test(n));
    modern ??= findCell(item.table, (n) => MODERN_HEADERS.test(n));
  }
  const y = year.value;
  if (trial && !modern && y >= 2021) {
    context.report({
      node: trial,
      messageId: 'trialTableLate',
      data: { year: y, label: normalizeLabel(trial.value) },
      related: [{ position: year.position }],
    });
  } else if (modern && !trial && y <= 2020 && y >= 2019) {
    context.report({
      node: modern,
      messageId: 'modernTableEarly',
      data: { year: y, label: normalizeLabel(modern.value) },
      related: [{ position: year.position }],
    });
  }
  const legacy = context.model.legacy[0];
  if (legacy && y >= 2020 && context.model.sections.applications) {
    context.report({ node: legacy.table, messageId: 'legacyTableLate', data: { year: y } });
  }
}

/** Table 二: column headers and row labels that the template does not have. */
function checkActiveLabels(context: Context): void {
  const gen = context.model.generation;
  for (const item of context.model.active?.items ?? []) {
    for (const row of item.table.children) {
      for (const cell of row.children) {
        if (!cell.header || cell.uncertain || readCell(cell.value).kind !== 'text') continue;
        const n = normalizeLabel(cell.value);
        if (/^(?:第二十条第|信息内容$)/.test(n) || TRIAL_HEADERS.test(n) || MODERN_HEADERS.test(n)) continue;
        if (n.length <= 8 && /^本年|^上一年|^对外|^处理|^采购|^现行/.test(n)) {
          context.report({ node: cell, messageId: 'truncatedHeader', data: { header: n } });
        }
      }
    }
    if (gen !== '2021') continue;
    for (const row of item.rows) {
      if (!row.label.uncertain && normalizeLabel(row.label.value) === '规范性文件') {
        context.report({ node: row.label, messageId: 'normativeRow' });
      }
    }
  }
}

/** Table 三: renamed group labels, rows the template does not have, the 勾稽 note. */
function checkApplications(context: Context): void {
  const apps = context.model.applications;
  if (!apps) return;
  const renamed = findCell(apps.table, (n) => /^\(六\)其他$/.test(n));
  if (renamed && !renamed.uncertain) {
    context.report({ node: renamed, messageId: 'renamedOther' });
  }
  for (const row of apps.unknownRows) {
    // A row the reader could not be sure of is told by parse-uncertain, not taken for a row the template lacks.
    if (row.label.uncertain || row.cells.some((c) => c.uncertain)) continue;
    const label = normalizeLabel(row.label.value);
    if (/^(?:类别|项目|\(数据项目\)|小计|合计)/.test(label)) continue;
    context.report({ node: row.label, messageId: 'unknownRow', data: { label } });
  }
  const section = context.model.sections.applications;
  const inTable = cells(apps.table).some((c) => /勾稽关系/.test(normalizeLabel(c.value)));
  const inSection =
    section &&
    textNodes(context.root).some(
      (n) => /勾稽关系/.test(context.matchText(n)) && n.position.start.offset >= section.position.start.offset && n.position.end.offset <= apps.table.position.end.offset,
    );
  if (!inTable && !inSection && allSections(context.root).length > 0) {
    context.report({
      position: { start: apps.table.position.start, end: apps.table.position.start },
      messageId: 'missingNote',
    });
  }
}
