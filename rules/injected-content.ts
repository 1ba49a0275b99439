import { defineRule, t, tables, textNodes, type MessageRef, type RuleContext, type TextBearing } from '../src/rule-kit.js';
import { ENFORCEMENT_CONTEXT, HOST_PATTERN, INJECTED_WORDS, PINYIN_PATTERN, PORTAL_PATTERN, SEO_PATTERN, isGovernmentHost, type InjectedWord } from './injected-content/words.js';

const messages = {
  gambling: t('疑似被插入的赌博广告词：“{{found}}”', 'Gambling advertisement inserted into the text: "{{found}}"'),
  replacing: t(
    '疑似被插入的无关文字：“{{found}}”（被篡改的镜像站常用它替换{{replaced}}）',
    'Unrelated text inserted: "{{found}}" (spam mirrors put it in place of {{replaced}})',
  ),
  unrelated: t('疑似被插入的无关文字：“{{found}}”', 'Unrelated text inserted: "{{found}}"'),
  replaceWith: t('改为“{{text}}”', 'Replace with "{{text}}"'),
  delete: t('删除', 'Delete it'),
  seoKeyword: t('疑似被插入的搜索引擎关键词：“{{found}}”', 'SEO keyword inserted into the text: "{{found}}"'),
  pinyin: t('汉字后夹注拼音，疑似被篡改的网页文本：“{{found}}”', 'Pinyin reading inserted after a character: "{{found}}"'),
  portalHost: t(
    '政府门户网站的网址不是政府域名：“{{host}}”（政府网站域名应以 .gov.cn 结尾）',
    'The government portal is given a non-government address: "{{host}}" (government sites end in .gov.cn)',
  ),
};

type Id = keyof typeof messages;
type Context = RuleContext<Record<string, unknown>, Id>;

/** One alternation of the literal words (longest first), linear to match. */
const WORDS = new RegExp(
  [...INJECTED_WORDS]
    .sort((a, b) => b.word.length - a.word.length)
    .map((w) => w.word)
    .join('|'),
  'g',
);
const BY_WORD = new Map(INJECTED_WORDS.map((w) => [w.word, w]));

/** The 8 characters before `index` in the same sentence name law enforcement ("打击六合彩"). */
function enforcement(text: string, index: number): boolean {
  let window = text.slice(Math.max(0, index - 8), index);
  const stop = Math.max(window.lastIndexOf('。'), window.lastIndexOf(';'));
  if (stop >= 0) window = window.slice(stop + 1);
  return ENFORCEMENT_CONTEXT.some((w) => window.includes(w));
}

function wordMessage(entry: InjectedWord, found: string): MessageRef<Id> {
  if (entry.kind === 'gambling') return { messageId: 'gambling', data: { found } };
  if (!entry.replaces) return { messageId: 'unrelated', data: { found } };
  const replaced = t(entry.replaces.map((w) => `“${w}”`).join('或'), entry.replaces.join(' or '));
  return { messageId: 'replacing', data: { found, replaced } };
}

/** Words, SEO keywords and pinyin readings in one node (prose or table cell). */
function scanWords(context: Context, node: TextBearing): void {
  const text = context.matchText(node);
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
    const entry = BY_WORD.get(m[0])!;
    if (entry.kind === 'gambling' && enforcement(text, m.index)) continue;
    const found = node.value.slice(m.index, m.index + m[0].length);
    context.report({
      node,
      index: m.index,
      length: m[0].length,
      ...wordMessage(entry, found),
      suggestions: [...(entry.replaces ?? []), ''].map((text) => ({
        ...(text ? { messageId: 'replaceWith' as const, data: { text } } : { messageId: 'delete' as const }),
        fix: { text },
      })),
    });
  }
  SEO_PATTERN.lastIndex = 0;
  for (let m = SEO_PATTERN.exec(text); m; m = SEO_PATTERN.exec(text)) {
    const found = node.value.slice(m.index, m.index + m[0].length);
    context.report({
      node,
      index: m.index,
      length: m[0].length,
      messageId: 'seoKeyword',
      data: { found },
      suggestions: [{ messageId: 'delete', fix: { text: '' } }],
    });
  }
  PINYIN_PATTERN.lastIndex = 0;
  for (let m = PINYIN_PATTERN.exec(text); m; m = PINYIN_PATTERN.exec(text)) {
    const found = node.value.slice(m.index, m.index + m[0].length);
    const char = node.value[m.index - 1];
    context.report({
      node,
      index: m.index,
      length: m[0].length,
      messageId: 'pinyin',
      data: { found: `${char}${found}` },
    });
  }
}

/** "衡南县党政门户网(www.qclgf.com)": a government portal given a non-government address. */
function scanPortals(context: Context, node: TextBearing): void {
  const text = context.matchText(node);
  PORTAL_PATTERN.lastIndex = 0;
  for (let m = PORTAL_PATTERN.exec(text); m; m = PORTAL_PATTERN.exec(text)) {
    // The address must follow within the same clause: look at the next 30 characters up to 。 or ;.
    const from = m.index + m[0].length;
    let window = text.slice(from, from + 30);
    const stop = window.search(/[。;]/);
    if (stop >= 0) window = window.slice(0, stop);
    HOST_PATTERN.lastIndex = 0;
    const host = HOST_PATTERN.exec(window);
    if (!host || window[host.index - 1] === '@' || isGovernmentHost(host[0])) continue;
    const index = from + host.index;
    context.report({
      node,
      index,
      length: host[0].length,
      severity: 'warning',
      messageId: 'portalHost',
      data: { host: node.value.slice(index, index + host[0].length) },
    });
    PORTAL_PATTERN.lastIndex = index + host[0].length;
  }
}

/**
 * Text that a compromised web page or spam mirror inserted: off-topic words
 * (球迷网), SEO keywords (关键词2), gambling terms, pinyin readings after
 * characters, and a government portal on a non-government domain.
 */
export default defineRule({
  meta: {
    id: 'injected-content',
    title: t('被插入的无关内容', 'Injected content'),
    severity: 'error',
    description: t(
      '被篡改网页或镜像站插入的文字：无关词语（球迷网）、搜索关键词（关键词2）、赌博广告词、汉字后的拼音、使用非政府域名的“政府门户网站”。',
      'Text a compromised page or spam mirror inserted: off-topic words, SEO keywords, gambling terms, pinyin readings, a government portal on a non-government domain.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    for (const node of textNodes(context.root)) {
      scanWords(context, node);
      scanPortals(context, node);
    }
    for (const table of tables(context.root)) for (const row of table.children) for (const cell of row.children) scanWords(context, cell);
  },
});
