import {
  defineRule, gluedSummary, inBody, proseNodes, reportBody, sentenceSpans, summaryBefore, t, type Paragraph, type ProseNode, type RuleContext,
} from '../src/rule-kit.js';
import { doubledInNames, doubledMarks, doubledPhrases, isCollapsedHeader } from './duplicated-text/doubled.js';
import { cjkLength, doubledText, repeatKey, repeatedPrepositions } from './duplicated-text/repeats.js';

export interface DuplicatedTextOptions extends Record<string, unknown> {
  /** Longest unit (in characters) looked for as a word written twice in a row. */
  maxWordLength: number;
  /** Sentences repeated in the same or the next paragraph count from this many CJK characters. */
  minRepeatLength: number;
  /** Sentences repeated anywhere in the body count from this many CJK characters. */
  minDistantRepeatLength: number;
}

const messages = {
  doubled: t('文字重复：“{{around}}”中“{{unit}}”写了两遍', 'Doubled text: "{{unit}}" is written twice in "{{around}}"'),
  deleteDoubled: t('删去重复的“{{unit}}”', 'Delete the repeated "{{unit}}"'),
  doubledPhrase: t('文字重复：“{{unit}}”连写了两遍', 'Doubled text: "{{unit}}" is written twice in a row'),
  doubledMark: t('标点重复：“{{around}}”中“{{mark}}”写了两个', 'Doubled punctuation: "{{mark}}" is written twice in "{{around}}"'),
  doubledInName: t('单位名称中的字重复：“{{name}}”应为“{{fixed}}”', 'A character written twice in an agency name: "{{name}}" should read "{{fixed}}"'),
  repeatedPreposition: t(
    '介词重复：“{{phrase}}”中的“{{word}}”与前面的“{{word}}”重复，并列的第二项前不必再写',
    'Repeated preposition: the "{{word}}" in "{{phrase}}" repeats the earlier "{{word}}" that already governs the coordination',
  ),
  firstPreposition: t('第一个“{{word}}”', 'first "{{word}}"'),
  deletePreposition: t('删去第二个“{{word}}”', 'Delete the second "{{word}}"'),
  repeatedParagraph: t('整段重复：本段与前文第{{line}}行的段落相同', 'Repeated paragraph: same as the paragraph on line {{line}}'),
  repeatedSentence: t('句子重复：“{{sentence}}”在前文第{{line}}行已出现', 'Repeated sentence: "{{sentence}}" already appears on line {{line}}'),
  firstOccurrence: t('第一次出现', 'first occurrence'),
};

type Context = RuleContext<DuplicatedTextOptions, keyof typeof messages>;

/** A title line ("…2020年政府信息公开工作年度报告"): pages repeat it, the report does not. */
const TITLE_LIKE = /(?:19|20)\d{2}\s*年度?.{0,30}?(?:信息|政务)公开.{0,12}?报告$/;
const clip = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

/**
 * Doubled characters, words and phrases (统一的的, 工作工作, a clause written
 * twice in a row), doubled brackets (《《), a level written twice in an agency
 * name (某某县县人民政府), a preposition repeated in one coordination
 * (根据…以及根据), and a paragraph or sentence written twice. Table headers,
 * and headers flattened into a line, are left alone.
 */
export default defineRule<DuplicatedTextOptions, keyof typeof messages>({
  meta: {
    id: 'duplicated-text',
    title: t('重复文字', 'Duplicated text'),
    severity: 'warning',
    description: t(
      '重复的字词和短语（工作工作、统一的的、连写两遍的一句话）、重复的书名号（《《）、单位名称中重复的字（某某县县人民政府）、并列成分中重复的介词（根据…以及根据），以及重复出现的段落或句子。',
      'Doubled words, characters and phrases (工作工作, 统一的的, a clause written twice in a row), doubled brackets (《《), a character doubled in an agency name (某某县县人民政府), a repeated preposition in one coordination, a paragraph or sentence repeated.',
    ),
    fixable: true,
    messages,
  },
  defaultOptions: { maxWordLength: 8, minRepeatLength: 12, minDistantRepeatLength: 30 },
  check(context) {
    checkRepeats(context, checkDoubling(context));
  },
});

/** Doubled words, phrases, marks and name characters; returns the nodes and spans reported, for the sentence check. */
function checkDoubling(context: Context): Map<ProseNode, { start: number; end: number }[]> {
  const reported = new Map<ProseNode, { start: number; end: number }[]>();
  for (const node of proseNodes(context.root)) {
    // Table headers, and headers run together into a line, repeat their words by design.
    if ('header' in node && node.header) continue;
    const text = context.matchText(node);
    if (isCollapsedHeader(text)) continue;
    const spans: { start: number; end: number }[] = [];
    reported.set(node, spans);
    const words = doubledText(text, context.options.maxWordLength);
    for (const d of words) {
      const unit = node.value.slice(d.index, d.index + d.length);
      const around = node.value.slice(Math.max(0, d.index - d.length - 2), d.index + d.length + 2);
      const fix = { text: '' };
      context.report({
        node, index: d.index, length: d.length, messageId: 'doubled', data: { around, unit },
        ...(d.fixable ? { fix } : { suggestions: [{ messageId: 'deleteDoubled', data: { unit }, fix }] }),
      });
    }
    // A page summary glued to the paragraph it summarises is page-residue's.
    const summary = gluedSummary(node.value);
    const lead = node.value.length - node.value.trimStart().length;
    for (const d of doubledPhrases(text, { wordLength: context.options.maxWordLength })) {
      if (summary > 0 && d.index - d.length <= lead) continue;
      if (words.some((w) => w.index < d.index + d.length && d.index - d.length < w.index + w.length)) continue;
      const unit = node.value.slice(d.index, d.index + d.length);
      // A whole sentence long enough for the sentence check is told as a repeated sentence.
      const whole = /[。!?！？]$/.test(unit) && (d.index === d.length || /[。!?！？\s]/.test(text[d.index - d.length - 1]!));
      if (whole && node.type === 'paragraph' && cjkLength(unit) >= context.options.minRepeatLength) continue;
      spans.push({ start: d.index - d.length, end: d.index + d.length });
      context.report({ node, index: d.index, length: d.length, messageId: 'doubledPhrase', data: { unit: clip(unit) }, fix: { text: '' } });
    }
    for (const d of doubledMarks(text)) {
      const mark = node.value[d.index]!;
      if (node.value[d.index - 1] !== mark) continue;
      const around = node.value.slice(Math.max(0, d.index - 3), d.index + 4);
      context.report({ node, index: d.index, length: 1, messageId: 'doubledMark', data: { around, mark }, fix: { text: '' } });
    }
    for (const d of doubledInNames(text)) {
      const name = node.value.slice(d.name.index, d.name.index + d.name.length);
      const fixed = node.value.slice(d.name.index, d.index) + node.value.slice(d.index + 1, d.name.index + d.name.length);
      context.report({ node, index: d.index, length: 1, messageId: 'doubledInName', data: { name, fixed }, fix: { text: '' } });
    }
    for (const p of repeatedPrepositions(text)) {
      const word = node.value.slice(p.index, p.index + p.length);
      const phrase = node.value.slice(p.index - p.conjunction.length, p.index + p.length);
      context.report({
        node, index: p.index, length: p.length,
        messageId: 'repeatedPreposition',
        data: { phrase, word },
        related: [{ node, index: p.first, length: p.length, messageId: 'firstPreposition', data: { word } }],
        suggestions: [{ messageId: 'deletePreposition', data: { word }, fix: { text: '' } }],
      });
    }
  }
  return reported;
}

interface Seen {
  node: Paragraph;
  index: number;
  length: number;
  paragraph: number;
}

/** Whole paragraphs and sentences written twice in the report body; the later copy is reported. */
function checkRepeats(context: Context, doubled: Map<ProseNode, { start: number; end: number }[]>): void {
  const body = reportBody(context.root);
  if (!body) return;
  const { minRepeatLength, minDistantRepeatLength } = context.options;
  const paragraphs = body.leaves.filter((l): l is Paragraph => l.type === 'paragraph' && l.role !== 'chrome' && inBody(body, l));
  const seenParagraphs = new Map<string, Seen>();
  const seenSentences = new Map<string, Seen>();
  paragraphs.forEach((node, p) => {
    // A page summary before the paragraph it summarises, or glued to its start, is page-residue's.
    const lead = node.value.length - node.value.trimStart().length;
    const summaryEnd = lead + Math.max(gluedSummary(node.value), summaryBefore(node.value, paragraphs.slice(p + 1, p + 4).map((n) => n.value)));
    const text = context.matchText(node);
    const whole = repeatKey(text);
    const earlier = seenParagraphs.get(whole);
    if (earlier && cjkLength(whole) >= 20 && !TITLE_LIKE.test(text.trim())) {
      context.report({
        node,
        messageId: 'repeatedParagraph',
        data: { line: earlier.node.position.start.line },
        related: [{ node: earlier.node, messageId: 'firstOccurrence' }],
      });
      return;
    }
    seenParagraphs.set(whole, { node, index: 0, length: node.value.length, paragraph: p });
    for (const raw of sentenceSpans(text)) {
      const lead = text.slice(raw.start, raw.end).search(/\S/);
      if (lead < 0) continue;
      const span = { start: raw.start + lead, end: raw.end };
      if (span.start < summaryEnd) continue;
      const sentence = text.slice(span.start, span.end);
      const key = repeatKey(sentence);
      const size = cjkLength(key);
      if (size < minRepeatLength || TITLE_LIKE.test(sentence.replace(/[。!?\s]+$/, ''))) continue;
      // A sentence written twice in a row is already a doubled phrase.
      if (doubled.get(node)?.some((d) => span.start >= d.start && span.start < d.end)) continue;
      const first = seenSentences.get(key);
      if (!first) {
        seenSentences.set(key, { node, index: span.start, length: span.end - span.start, paragraph: p });
        continue;
      }
      if (p - first.paragraph > 1 && size < minDistantRepeatLength) continue;
      const shown = clip(node.value.slice(span.start, span.end).trim());
      context.report({
        node, index: span.start, length: span.end - span.start,
        messageId: 'repeatedSentence',
        data: { sentence: shown, line: first.node.position.start.line },
        related: [{ node: first.node, index: first.index, length: first.length, messageId: 'firstOccurrence' }],
      });
    }
  });
}
