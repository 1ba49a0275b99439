import {
  classify, defineRule, hasTraditional, runsOf, t, tables, textNodes, toSimplified, toTraditional, type TextBearing,
} from '../src/rule-kit.js';
import { CHAR_NOTES, findBadConversions } from './mixed-script/conversions.js';
import { HALF_CONVERTED, halfConvertedWords } from './mixed-script/words.js';

interface Options extends Record<string, unknown> {
  /** Fewest opposite-script characters in a run before it is reported (single characters are too often variants). */
  minRun: number;
}

const messages = {
  badConversion: t('繁简转换错误：“{{wrong}}”应为“{{right}}”', 'Bad script conversion: "{{wrong}}" should read "{{right}}"'),
  badConversionNoted: t('繁简转换错误：“{{wrong}}”应为“{{right}}”（{{note}}）', 'Bad script conversion: "{{wrong}}" should read "{{right}}" ({{note}})'),
  halfConverted: t(
    '繁体词转换不完整：“{{found}}”应为“{{right}}”（繁体中“{{char}}”“{{want}}”是两个字）',
    'Half-converted word in Traditional text: "{{found}}" should read "{{right}}" ({{char}} and {{want}} are different characters in Traditional script)',
  ),
  simplifiedInTraditional: t('繁体文本中夹杂简体字：“{{found}}”（繁体为“{{other}}”）', 'Simplified script inside Traditional text: "{{found}}" (Traditional: "{{other}}")'),
  traditionalInSimplified: t('简体文本中夹杂繁体字：“{{found}}”（简体为“{{other}}”）', 'Traditional script inside Simplified text: "{{found}}" (Simplified: "{{other}}")'),
};

const isHan = (ch: string | undefined) => ch !== undefined && /\p{Script=Han}/u.test(ch);

/** The span to show for a hit: the word itself, or a single character with the character before (or after) it. */
function around(text: string, index: number, length: number): [number, number] {
  if (length > 1) return [index, index + length];
  if (isHan(text[index - 1])) return [index - 1, index + 1];
  if (isHan(text[index + 1])) return [index, index + 2];
  return [index, index + 1];
}

/**
 * Traditional and Simplified mixed in one report, characters from a bad
 * Simplified → Traditional conversion (方麵, 同誌, 製度 where 方面, 同志, 制度 are
 * meant), and words of a Traditional report left half converted (關于, 規范, 采購).
 */
export default defineRule<Options, keyof typeof messages>({
  meta: {
    id: 'mixed-script',
    title: t('繁简混用', 'Mixed Traditional and Simplified script'),
    severity: 'warning',
    description: t(
      '同一份报告中繁体与简体混用，简转繁出错的字（方麵、同誌、製度，应为方面、同志、制度），以及繁体报告中没有转换完全的词（關于、規范、采購，应为關於、規範、採購）。',
      'Traditional and Simplified script mixed in one report, characters from a bad Simplified → Traditional conversion (方麵, 同誌, 製度), and half-converted words in a Traditional report (關于, 規范, 采購).',
    ),
    fixable: true,
    messages,
  },
  defaultOptions: { minRun: 2 },
  check(context) {
    const nodes: TextBearing[] = [...textNodes(context.root)];
    for (const table of tables(context.root)) for (const row of table.children) for (const cell of row.children) nodes.push(cell);

    // Bad conversions: each occurrence, fixed by replacing only the wrong character.
    for (const node of nodes) {
      for (const hit of findBadConversions(node.value)) {
        const { entry } = hit;
        const start = hit.index + hit.at;
        const wrongChars = entry.wrong.slice(hit.at, hit.at + hit.length);
        const rightChars = entry.right.slice(hit.at, hit.at + hit.length);
        const note = CHAR_NOTES[wrongChars];
        // A one-character entry is shown with its neighbour: "方麵" → "方面".
        const [from, to] = around(node.value, hit.index, entry.wrong.length);
        const wrong = node.value.slice(from, to);
        const right = wrong.slice(0, start - from) + rightChars + wrong.slice(start - from + hit.length);
        context.report({
          node,
          index: from,
          length: to - from,
          ...(note ? { messageId: 'badConversionNoted', data: { wrong, right, note } } : { messageId: 'badConversion', data: { wrong, right } }),
          fix: { index: start, length: hit.length, text: rightChars },
        });
      }
    }

    // The report's main script, by counting characters only one script uses. Without any
    // Traditional-only character there is nothing to report, and the Simplified-only test
    // (which needs the big Simplified → Traditional dictionaries) is skipped.
    const simplifiedTexts = nodes.map((node) => context.matchText(node));
    if (!nodes.some((node, n) => hasTraditional(node.value, simplifiedTexts[n]!))) return;
    const classes = nodes.map((node, n) => classify(node.value, simplifiedTexts[n]!));
    let traditional = 0;
    let simplified = 0;
    for (const c of classes) {
      for (let i = 0; i < c.length; i++) {
        if (c[i] === 'T') traditional++;
        else if (c[i] === 'S') simplified++;
      }
    }
    // A Traditional report: whole words left half converted (關于 for 關於), fixed to the dictionary's word.
    if (traditional > simplified) {
      nodes.forEach((node, n) => {
        if (![...simplifiedTexts[n]!].some((ch) => HALF_CONVERTED.has(ch))) return;
        for (const w of halfConvertedWords(node.value, simplifiedTexts[n]!)) {
          const k = [...w.found].findIndex((ch, i) => ch !== w.right[i]);
          context.report({
            node, index: w.index, length: w.length,
            messageId: 'halfConverted',
            data: { found: w.found, right: w.right, char: w.found[k]!, want: w.right[k]! },
            fix: { text: w.right },
          });
        }
      });
    }
    if (traditional === 0 || simplified === 0) return;
    const minority = traditional > simplified ? 'S' : 'T';
    const minRun = Math.max(1, Number(context.options.minRun) || 2);

    // One finding per run of the other script.
    nodes.forEach((node, n) => {
      for (const run of runsOf(classes[n]!, node.value, minority)) {
        if (run.count < minRun) continue;
        const found = node.value.slice(run.index, run.index + run.length);
        const [messageId, other] = minority === 'S' ? (['simplifiedInTraditional', toTraditional(found)] as const) : (['traditionalInSimplified', toSimplified(found)] as const);
        context.report({ node, index: run.index, length: run.length, messageId, data: { found, other } });
      }
    });
  },
});
