import { defineRule, t, tables, textNodes, type MessageRef, type RuleContext, type TextBearing } from '../src/rule-kit.js';
import { categoryMatches, enforcement, firstOfOverlaps, type SpamCategory } from './injected-content/categories.js';
import { pinyinGlosses } from './injected-content/pinyin.js';
import { oddHosts, termsForGuanyu } from './injected-content/signs.js';
import { HOST_PATTERN, INJECTED_WORDS, PORTAL_PATTERN, SEO_PATTERN, isGovernmentHost, type InjectedWord } from './injected-content/words.js';

const messages = {
  gambling: t('疑似被插入的赌博广告词：“{{found}}”', 'Gambling advertisement inserted into the text: "{{found}}"'),
  replacing: t(
    '疑似被插入的无关文字：“{{found}}”（被篡改的镜像站常用它替换{{replaced}}）',
    'Unrelated text inserted: "{{found}}" (spam mirrors put it in place of {{replaced}})',
  ),
  unrelated: t('疑似被插入的无关文字：“{{found}}”', 'Unrelated text inserted: "{{found}}"'),
  adult: t('疑似被插入的色情广告词：“{{found}}”', 'Adult advertisement inserted into the text: "{{found}}"'),
  platform: t('疑似被插入的游戏或博彩平台广告：“{{found}}”', 'Advertisement for a game or casino platform inserted into the text: "{{found}}"'),
  inGuanyu: t(
    '疑似被插入的无关文字：“{{found}}”（在文件名称中“关于”的位置，被篡改的镜像站常用无关词语替换“关于”）',
    'Unrelated text inserted: "{{found}}" (it stands where a document title has 关于; spam mirrors replace 关于 with terms of their own)',
  ),
  oddHost: t(
    '疑似被插入的网址：“{{host}}”（这类域名常见于赌博、色情等垃圾网站，政府报告不会引用）',
    'Web address of a kind spam sites use: "{{host}}" (gambling and adult sites use such domains; a government report does not cite them)',
  ),
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

function wordMessage(entry: InjectedWord, found: string): MessageRef<Id> {
  if (entry.kind === 'gambling') return { messageId: 'gambling', data: { found } };
  if (!entry.replaces) return { messageId: 'unrelated', data: { found } };
  const replaced = t(entry.replaces.map((w) => `“${w}”`).join('或'), entry.replaces.join(' or '));
  return { messageId: 'replacing', data: { found, replaced } };
}

const CATEGORY_MESSAGE: Record<SpamCategory, Id> = { gambling: 'gambling', adult: 'adult', platform: 'platform' };

interface Candidate {
  index: number;
  length: number;
  message: (found: string) => MessageRef<Id>;
  replaces?: string[];
  /** Which message wins for the same stretch: a listed word that replaced 关于, the 关于 place, a category. */
  rank: number;
}

/** Listed words, spam by category and terms in the place of 关于; one finding per stretch of spam. */
function spamCandidates(text: string): Candidate[] {
  const all: Candidate[] = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
    const entry = BY_WORD.get(m[0])!;
    if (entry.kind === 'gambling' && enforcement(text, m.index)) continue;
    all.push({ index: m.index, length: m[0].length, message: (found) => wordMessage(entry, found), ...(entry.replaces ? { replaces: entry.replaces, rank: 0 } : { rank: 2 }) });
  }
  for (const c of categoryMatches(text)) all.push({ ...c, message: (found) => ({ messageId: CATEGORY_MESSAGE[c.category], data: { found } }), rank: 2 });
  for (const g of termsForGuanyu(text)) all.push({ ...g, message: (found) => ({ messageId: 'inGuanyu', data: { found } }), replaces: ['关于'], rank: 1 });
  // Earlier first; of two starting together the longer, then the stronger sign.
  all.sort((a, b) => a.index - b.index || b.length - a.length || a.rank - b.rank);
  return firstOfOverlaps(all);
}

/** Words, spam by category, SEO keywords and pinyin readings in one node (prose or table cell). */
function scanWords(context: Context, node: TextBearing): void {
  const text = context.matchText(node);
  for (const c of spamCandidates(text)) {
    const found = node.value.slice(c.index, c.index + c.length);
    context.report({
      node,
      index: c.index,
      length: c.length,
      ...c.message(found),
      suggestions: [...(c.replaces ?? []), ''].map((text) => ({
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
  for (const g of pinyinGlosses(text)) {
    const found = node.value.slice(g.index - g.word, g.index + g.length);
    context.report({ node, index: g.index, length: g.length, messageId: 'pinyin', data: { found } });
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

/** Web addresses on the domains spam sites use ("www.xx888.vip"). */
function scanHosts(context: Context, node: TextBearing): void {
  for (const h of oddHosts(context.matchText(node))) {
    context.report({
      node,
      index: h.index,
      length: h.length,
      severity: 'warning',
      messageId: 'oddHost',
      data: { host: node.value.slice(h.index, h.index + h.length) },
      suggestions: [{ messageId: 'delete', fix: { text: '' } }],
    });
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
      scanHosts(context, node);
    }
    for (const table of tables(context.root)) for (const row of table.children) for (const cell of row.children) scanWords(context, cell);
  },
});
