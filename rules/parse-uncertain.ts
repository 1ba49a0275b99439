import { defineRule, rowPlace, t, TABLE_NAMES, tableKind, tables, type Cell, type RelatedPlace, type Text } from '../src/rule-kit.js';

const messages = {
  uncertain: t('{{table}}{{rows}}', 'In {{table}}, {{rows}}'),
  row: t('{{row}}', '{{row}}'),
};

/**
 * What the reader of a table could not be sure of — cells run together into
 * one run of digits, a row label wrapped over two lines, values placed by the
 * template where the layout did not say — told once per table: the table,
 * the rows by the template's words, what could not be read and what was
 * assumed. The front ends leave the note on the cells (Cell.uncertain); the
 * arithmetic, cell and structure rules stay silent about those cells.
 */
export default defineRule({
  meta: {
    id: 'parse-uncertain',
    title: t('表格读取不确定', 'Uncertain reading of a table'),
    severity: 'info',
    description: t(
      '表格的某些单元格无法确定地读出（如各格数字连在一起、行名跨行、数值与表头对不齐）时，每张表说明一次：哪张表、哪一行、什么读不准、按什么读取；这些单元格不参与算术、单元格和结构检查。',
      'When some cells of a table cannot be read with certainty (cells run together into one run of digits, a row label over two lines, values that do not line up with the header), this says so once per table: which table and rows, what could not be read and what was assumed; those cells are left out of the arithmetic, cell and structure checks.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    for (const table of tables(context.root)) {
      const rows: { where: Text | null; notes: Text[]; cell: Cell }[] = [];
      for (const row of table.children) {
        const notes: Text[] = [];
        let first: Cell | undefined;
        for (const cell of row.children) {
          if (!cell.uncertain) continue;
          first ??= cell;
          if (!notes.some((n) => n.zh === cell.uncertain!.zh)) notes.push(cell.uncertain);
        }
        if (first) rows.push({ where: rowPlace(context.model, table, row), notes, cell: first });
      }
      if (rows.length === 0) continue;
      const { own, common } = factor(rows.map((r) => ({ zh: r.notes.map((n) => n.zh).join('；'), en: r.notes.map((n) => n.en).join('; ') })));
      const said = rows.map(({ where }, i) => ({
        zh: `${where?.zh ?? ''}的${own[i]!.zh}`,
        en: `${where ? `${where.en}: ` : ''}${own[i]!.en}`,
      }));
      const tail = common ? { zh: `。以上各行：${common.zh}`, en: `. For each of these rows: ${common.en}` } : { zh: '', en: '' };
      const related: RelatedPlace<keyof typeof messages>[] = rows
        .slice(1)
        .map(({ where, cell }) => ({ node: cell, messageId: 'row', data: { row: where ?? TABLE_NAMES[tableKind(context.model, table)] } }));
      context.report({
        node: rows[0]!.cell,
        messageId: 'uncertain',
        data: {
          table: TABLE_NAMES[tableKind(context.model, table)],
          rows: { zh: said.map((s) => s.zh).join('；') + tail.zh, en: said.map((s) => s.en).join('; ') + tail.en },
        },
        related,
      });
    }
  },
});

/**
 * Notes of several rows that give the same reasons ("与本行总计相符；另有 1 种读法…")
 * say them once: each note is split into its clauses (“；” / “; ”), and the
 * clauses after the first that every row shares, in both languages, are taken
 * out and returned as `common`.
 */
function factor(notes: Text[]): { own: Text[]; common: Text | null } {
  const split = notes.map((n) => ({ zh: n.zh.split('；'), en: n.en.split('; ') }));
  if (notes.length < 2 || split.some((c) => c.zh.length !== c.en.length)) return { own: notes, common: null };
  const [first, ...others] = split;
  const shared = first!.zh
    .map((zh, i) => ({ zh, en: first!.en[i]! }))
    .slice(1)
    .filter((c) => others.every((o) => o.zh.slice(1).includes(c.zh) && o.en.slice(1).includes(c.en)));
  if (shared.length === 0) return { own: notes, common: null };
  const own = split.map((c) => ({
    zh: c.zh.filter((x, i) => i === 0 || !shared.some((s) => s.zh === x)).join('；'),
    en: c.en.filter((x, i) => i === 0 || !shared.some((s) => s.en === x)).join('; '),
  }));
  return { own, common: { zh: shared.map((c) => c.zh).join('；'), en: shared.map((c) => c.en).join('; ') } };
}
