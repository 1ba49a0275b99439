/**
 * What the arithmetic rules say about a mistake: the one finding of an
 * explained mistake (at the wrong cell, the broken identities as related
 * places, the forced value as a suggestion), and the sentence naming the
 * candidates of a mistake that several corrections explain. The messages are
 * declared here once and listed by each rule that reports them.
 */
import type { ReportDescriptor, RelatedPlace } from '../engine/types.js';
import { t, type Phrase, type Text } from '../i18n.js';
import { COLUMN_NAMES, REVIEW_COLUMN_LABELS, REVIEW_GROUP_NAMES, rowWords } from '../model/labels.js';
import { TABLE_NAMES } from '../model/places.js';
import type { ApplicationColumn, ReviewColumn, ReviewGroupKey } from '../model/types.js';
import type { Change, Explanation, Mistake } from './explain.js';
import { nodeOf, type GridCell, type Identity, type TableIdentities } from './identities.js';

export const ARITHMETIC_MESSAGES = {
  wrongCell: t(
    '{{table}}{{cell}}应为 {{value}}（写成了{{written}}{{copied}}）：改正后{{restored}}',
    'In {{table}}, {{cell}} should be {{value}} (written {{written}}{{copied}}); with that, {{restored}}',
  ),
  swappedCells: t('{{table}}{{cells}}的数值似乎填反了（{{values}}）：对调后{{restored}}', 'In {{table}}, {{cells}} look swapped ({{values}}); swapped back, {{restored}}'),
  shiftedRow: t(
    '{{table}}“{{row}}”一行的数值似乎错列（{{direction}}了一列）：{{moved}}；改正后{{restored}}',
    'In {{table}}, the values of row “{{row}}” look shifted by one column ({{direction}}): {{moved}}; with that, {{restored}}',
  ),
  shiftedColumn: t(
    '{{table}}{{column}}列的数值似乎错行（{{direction}}了一行）：{{moved}}；改正后{{restored}}',
    'In {{table}}, the values of column {{column}} look shifted by one row ({{direction}}): {{moved}}; with that, {{restored}}',
  ),
  copiedRow: t(
    '{{table}}“{{row}}”一行似乎照抄了“{{source}}”一行：{{values}}；改正后{{restored}}',
    'In {{table}}, row “{{row}}” looks copied from row “{{source}}”: {{values}}; with that, {{restored}}',
  ),
  candidates: t('；只改一处就能使各项成立的有：{{options}}，无法确定是哪一处', '; any one of these corrections would make every identity hold, so which one is wrong cannot be told: {{options}}'),
  manyCandidates: t(
    '；只改一处就能使各项成立的有 {{count}} 处（如{{options}}），无法确定是哪一处',
    '; {{count}} different corrections would each make every identity hold (such as {{options}}), so which one is wrong cannot be told',
  ),
  useValue: t('改为 {{value}}', 'Change to {{value}}'),
  placeRowTotal: t('“{{row}}”一行的总计', 'the total of row “{{row}}”'),
  placeColumnTotal: t('{{column}}列的（七）总计', 'the (7) total of column {{column}}'),
  placeBalance: t('{{column}}列的勾稽关系', 'the request balance of column {{column}}'),
  placeReview: t('{{group}}的总计', 'the total of {{group}}'),
  placeLegacy: t('“{{row}}”{{where}}的分项之和', 'the parts of “{{row}}”{{where}}'),
  placeChange: t('应为 {{value}}', 'should be {{value}}'),
  placeCandidate: t('可能应为 {{value}}', 'may have to be {{value}}'),
};

export type ArithmeticMessageId = keyof typeof ARITHMETIC_MESSAGES;

/** The shared messages a rule reports, by id (a rule lists those it uses). */
export function arithmeticMessages<K extends ArithmeticMessageId>(ids: readonly K[]): Record<K, Text> {
  return Object.fromEntries(ids.map((id) => [id, ARITHMETIC_MESSAGES[id]])) as Record<K, Text>;
}

/** At most this many candidates are named. */
const NAMED = 6;

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** A row of the table in words (the template's, else as written). */
function rowText(system: TableIdentities, row: number): Text {
  if (system.kind === 'legacy') {
    const label = squeeze(system.legacy!.rows[row]!.label.value);
    return t(label, label);
  }
  if (system.kind === 'review') return REVIEW_GROUP_NAMES[system.rowKeys[row] as ReviewGroupKey];
  return rowWords(system.rowKeys[row]!);
}

function columnText(system: TableIdentities, column: number): Text {
  if (system.kind === 'applications') return COLUMN_NAMES[system.columnKeys[column] as ApplicationColumn];
  if (system.kind === 'review') return REVIEW_COLUMN_LABELS[system.columnKeys[column] as ReviewColumn];
  const name = system.columnKeys[column] ?? '';
  return t(name, name);
}

/** A cell in words, after the table's name: “（二）部分公开”法律服务机构列; 行政复议“结果纠正”; “受理…总数”（2018年度）. */
function cellText(system: TableIdentities, cell: GridCell): Text {
  const row = rowText(system, cell.row);
  const column = columnText(system, cell.column);
  if (system.kind === 'applications') return t(`“${row.zh}”${column.zh}列`, `row “${row.en}”, column ${column.en}`);
  if (system.kind === 'review') return t(`${row.zh}“${column.zh}”`, `${row.en}, “${column.en}”`);
  return t(`“${row.zh}”${column.zh ? `（${column.zh}）` : ''}`, `“${row.en}”${column.en ? ` (${column.en})` : ''}`);
}

/** The span of the number in its cell (the cell without the spaces around it). */
function numberSpan(cell: GridCell): { index: number; length: number } {
  const value = nodeOf(cell).value;
  const m = /\S(?:[^]*\S)?/.exec(value);
  return m ? { index: m.index, length: m[0].length } : { index: 0, length: value.length };
}

/** “本行总计、本列总计和勾稽关系都成立” — the identities a correction restores, by kind. */
function restoredText(system: TableIdentities, e: Explanation): Text {
  const single = e.changes.length === 1;
  const kinds = new Set(e.restores.map((i) => i.kind));
  const items: { zh: string; en: string; plural: boolean }[] = [];
  if (system.kind === 'legacy') {
    const names = [...new Set(e.restores.map((i) => (i.kind === 'legacy' ? squeeze(i.parent.label.value) : '')))];
    const zh = names.map((n) => `“${n}”`);
    const list = zh.length === 1 ? zh[0]! : `${zh.slice(0, -1).join('、')}和${zh.at(-1)}`;
    const en = names.length === 1 ? `“${names[0]}” equals the sum of its parts` : `${names.slice(0, -1).map((n) => `“${n}”`).join(', ')} and “${names.at(-1)}” equal the sums of their parts`;
    return t(`${list}${names.length > 1 ? '都' : ''}等于其分项之和`, en);
  }
  if (kinds.has('row-total')) items.push(single ? { zh: '本行总计', en: 'the row total', plural: false } : { zh: '各行总计', en: 'the row totals', plural: true });
  if (kinds.has('column-total')) items.push(single ? { zh: '本列总计', en: 'the column total', plural: false } : { zh: '各列总计', en: 'the column totals', plural: true });
  if (kinds.has('balance')) items.push({ zh: '勾稽关系', en: 'the request balance', plural: false });
  if (kinds.has('review')) items.push(e.restores.length === 1 ? { zh: '总计', en: 'the total', plural: false } : { zh: '各组总计', en: 'the group totals', plural: true });
  if (items.length === 1) return t(`${items[0]!.zh}成立`, `${items[0]!.en} ${items[0]!.plural ? 'hold' : 'holds'}`);
  const zh = `${items.slice(0, -1).map((i) => i.zh).join('、')}和${items.at(-1)!.zh}都成立`;
  const en = `${items.slice(0, -1).map((i) => i.en).join(', ')} and ${items.at(-1)!.en} ${items.length === 2 ? 'both' : 'all'} hold`;
  return t(zh, en);
}

/** A place that stands for a broken identity: its total (for the balance, the column's 本年新收), with what it is. */
function identityPlace(identity: Identity): RelatedPlace<ArithmeticMessageId> {
  switch (identity.kind) {
    case 'row-total':
      return { node: nodeOf(identity.left[0]!), messageId: 'placeRowTotal', data: { row: rowWords(identity.row.key) } };
    case 'column-total':
      return { node: nodeOf(identity.left[0]!), messageId: 'placeColumnTotal', data: { column: COLUMN_NAMES[identity.column] } };
    case 'balance':
      return { node: nodeOf(identity.left[0]!), messageId: 'placeBalance', data: { column: COLUMN_NAMES[identity.column] } };
    case 'review':
      return { node: nodeOf(identity.left[0]!), messageId: 'placeReview', data: { group: REVIEW_GROUP_NAMES[identity.group] } };
    case 'legacy':
      return {
        node: nodeOf(identity.left[0]!),
        messageId: 'placeLegacy',
        data: { row: squeeze(identity.parent.label.value), where: identity.column ? t(`（${identity.column}）`, ` (${identity.column})`) : '' },
      };
  }
}

/** “，与上一行“（一）予以公开”相同”: a total written as the same column of the row above or below. */
function copiedText(system: TableIdentities, cell: GridCell): Text | '' {
  if (system.kind !== 'applications' || cell.value === 0) return '';
  const isTotal = system.columnKeys[cell.column] === 'total' || system.rowKeys[cell.row] === 'total';
  if (!isTotal) return '';
  for (const [step, zh, en] of [[-1, '上一行', 'the row above'], [1, '下一行', 'the row below']] as const) {
    const other = system.cells.find((c) => c.row === cell.row + step && c.column === cell.column);
    if (other && other.value === cell.value) {
      const row = rowText(system, other.row);
      return t(`，与${zh}“${row.zh}”相同`, `, the same as ${en}, “${row.en}”`);
    }
  }
  return '';
}

const directionText = (along: 'row' | 'column', k: 1 | -1): Text =>
  along === 'row' ? (k > 0 ? t('右移', 'right') : t('左移', 'left')) : k > 0 ? t('下移', 'down') : t('上移', 'up');

const joinText = (items: Text[], zh: string, en: string): Text => t(items.map((i) => i.zh).join(zh), items.map((i) => i.en).join(en));

/** The words of an explanation's message, by its kind. */
function phrase(system: TableIdentities, e: Explanation): Phrase<ArithmeticMessageId> {
  const table = TABLE_NAMES[system.kind];
  const restored = restoredText(system, e);
  const [first, second] = e.changes as [Change, Change?];
  switch (e.kind) {
    case 'cell':
      return { messageId: 'wrongCell', data: { table, cell: cellText(system, first.cell), value: first.value, written: first.cell.value, copied: copiedText(system, first.cell), restored } };
    case 'swap': {
      const [a, b] = [first.cell, second!.cell];
      let cells: Text;
      if (system.kind === 'applications' && a.row === b.row) {
        const row = rowText(system, a.row);
        const [ca, cb] = [columnText(system, a.column), columnText(system, b.column)];
        cells = t(`“${row.zh}”一行${ca.zh}列与${cb.zh}列`, `row “${row.en}”, columns ${ca.en} and ${cb.en}`);
      } else if (system.kind === 'applications' && a.column === b.column) {
        const column = columnText(system, a.column);
        const [ra, rb] = [rowText(system, a.row), rowText(system, b.row)];
        cells = t(`${column.zh}列“${ra.zh}”与“${rb.zh}”两行`, `column ${column.en}, rows “${ra.en}” and “${rb.en}”`);
      } else {
        const [ta, tb] = [cellText(system, a), cellText(system, b)];
        cells = t(`${ta.zh}与${tb.zh}`, `${ta.en} and ${tb.en}`);
      }
      return { messageId: 'swappedCells', data: { table, cells, values: t(`${a.value} 和 ${b.value}`, `${a.value} and ${b.value}`), restored } };
    }
    case 'shift-row': {
      const k = e.direction!;
      const moved = movedText(system, e, 'row');
      return { messageId: 'shiftedRow', data: { table, row: rowText(system, first.cell.row), direction: directionText('row', k), moved, restored } };
    }
    case 'shift-column': {
      const moved = movedText(system, e, 'column');
      return { messageId: 'shiftedColumn', data: { table, column: columnText(system, first.cell.column), direction: directionText('column', e.direction!), moved, restored } };
    }
    case 'copy-row': {
      const values = joinText(
        e.changes.map((c) => {
          const column = columnText(system, c.cell.column);
          return t(`${column.zh}列应为 ${c.value}`, `${column.en} should be ${c.value}`);
        }),
        '、',
        ', ',
      );
      return { messageId: 'copiedRow', data: { table, row: rowText(system, first.cell.row), source: rowText(system, e.source!), values, restored } };
    }
  }
}

/** “1 应在“法律服务机构”列”: where the written values of a shifted row (column) belong. */
export function movedText(system: TableIdentities, e: Explanation, along: 'row' | 'column'): Text {
  const k = e.direction!;
  const moves = e.changes
    .filter((c) => c.cell.value !== 0)
    .map((c) => {
      if (along === 'row') {
        const to = columnText(system, c.cell.column - k);
        return t(`${c.cell.value} 应在“${to.zh}”列`, `${c.cell.value} belongs under ${to.en}`);
      }
      const to = rowText(system, c.cell.row - k);
      return t(`${c.cell.value} 应在“${to.zh}”一行`, `${c.cell.value} belongs in row “${to.en}”`);
    });
  if (moves.length) return joinText(moves, '，', '; ');
  return joinText(
    e.changes.map((c) => {
      const at = cellText(system, c.cell);
      return t(`${at.zh}应为 ${c.value}`, `${at.en} should be ${c.value}`);
    }),
    '，',
    '; ',
  );
}

/**
 * The one finding of an explained mistake: at its (first) wrong cell, the
 * broken identities and the other corrected cells as related places, and
 * for one wrong cell the forced value as a suggestion.
 */
export function foldedFinding<Id extends string = ArithmeticMessageId>(
  system: TableIdentities,
  e: Explanation,
  message?: Phrase<Id>,
): ReportDescriptor<ArithmeticMessageId | Id> {
  const [first] = e.changes as [Change];
  const node = nodeOf(first.cell);
  const span = numberSpan(first.cell);
  const said: Phrase<ArithmeticMessageId | Id> = message ?? phrase(system, e);
  const related: RelatedPlace<ArithmeticMessageId | Id>[] = [];
  for (const c of e.changes.slice(1)) related.push({ node: nodeOf(c.cell), ...numberSpan(c.cell), messageId: 'placeChange', data: { value: c.value } });
  // Each place once: a corrected cell says its value, any other place the identity it stands for.
  for (const identity of e.restores) {
    const place = identityPlace(identity);
    if (place.node !== node && !related.some((r) => r.node === place.node)) related.push(place);
  }
  return {
    node,
    ...span,
    messageId: said.messageId,
    data: said.data ?? {},
    related,
    ...(e.changes.length === 1 ? { suggestions: [{ messageId: 'useValue', data: { value: first.value }, fix: { text: String(first.value), ...span } }] } : {}),
  };
}

/** One candidate in words: “（一）予以公开”自然人列应为 3; two cells swapped; a row one column off. */
function optionText(system: TableIdentities, e: Explanation): Text {
  const cells = e.changes.map((c) => cellText(system, c.cell));
  switch (e.kind) {
    case 'cell':
      return t(`${cells[0]!.zh}应为 ${e.changes[0]!.value}`, `${cells[0]!.en} = ${e.changes[0]!.value}`);
    case 'swap':
      return t(`${cells[0]!.zh}与${cells[1]!.zh}对调`, `${cells[0]!.en} and ${cells[1]!.en} swapped`);
    case 'shift-row': {
      const row = rowText(system, e.changes[0]!.cell.row);
      const d = directionText('row', e.direction!);
      return t(`“${row.zh}”一行${d.zh}了一列`, `row “${row.en}” shifted ${d.en}`);
    }
    case 'shift-column': {
      const column = columnText(system, e.changes[0]!.cell.column);
      const d = directionText('column', e.direction!);
      return t(`${column.zh}列${d.zh}了一行`, `column ${column.en} shifted ${d.en}`);
    }
    case 'copy-row':
      return t(`“${rowText(system, e.changes[0]!.cell.row).zh}”一行照抄了“${rowText(system, e.source!).zh}”一行`, `row “${rowText(system, e.changes[0]!.cell.row).en}” copied from row “${rowText(system, e.source!).en}”`);
  }
}

/**
 * The sentence a finding adds when several corrections explain its mistake
 * (“；只改一处就能使各项成立的有：…，无法确定是哪一处”), and the candidate
 * cells as related places; '' and none when the mistake has no candidates.
 */
export function candidatesOf(system: TableIdentities, mistake: Mistake | undefined): { sentence: Phrase<ArithmeticMessageId> | ''; related: RelatedPlace<ArithmeticMessageId>[] } {
  const alternatives = mistake?.alternatives;
  // Naming every cell of the identity says nothing the finding does not: only candidates the table narrows down are named.
  const narrowed = alternatives && (alternatives.some((e) => e.kind !== 'cell') || alternatives.length < mistake.suspects);
  if (!narrowed) return { sentence: '', related: [] };
  const options = joinText(alternatives.slice(0, NAMED).map((e) => optionText(system, e)), '；', '; ');
  const sentence: Phrase<ArithmeticMessageId> =
    alternatives.length > NAMED ? { messageId: 'manyCandidates', data: { count: alternatives.length, options } } : { messageId: 'candidates', data: { options } };
  const related = alternatives.slice(0, NAMED).flatMap((e) =>
    e.changes.map((c): RelatedPlace<ArithmeticMessageId> => ({ node: nodeOf(c.cell), ...numberSpan(c.cell), messageId: 'placeCandidate', data: { value: c.value } })),
  );
  return { sentence, related };
}
