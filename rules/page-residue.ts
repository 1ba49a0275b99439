import {
  defineRule, gluedSummary, inBody, reportBody, summaryBefore, t, type BodyLeaf, type Cell, type Heading, type MessageRef, type Paragraph, type RuleContext,
} from '../src/rule-kit.js';
import { isFrameNextToTitle } from './page-residue/frame.js';
import { findResidue, type Residue } from './page-residue/residue.js';

const messages = {
  conditionalComment: t('Word 网页条件注释残留：“{{found}}”，应只保留“{{keep}}”', 'Word conditional-comment residue: "{{found}}"; only "{{keep}}" belongs to the text'),
  comment: t('HTML 注释残留：“{{found}}”', 'HTML comment left in the text: "{{found}}"'),
  tag: t('HTML 标签残留：“{{found}}”', 'Stray HTML tag in the text: "{{found}}"'),
  markup: t('网页标记残留：“{{found}}”粘在报告文字上', 'A piece of web markup stuck to the report text: "{{found}}"'),
  summary: t(
    '网页摘要残留：“{{found}}”与后面段落的开头重复（网页的内容摘要混进了报告）',
    'Leaked page summary: "{{found}}" repeats the start of the paragraph after it (the page\'s description was copied with the report)',
  ),
  entity: t('未解码的 HTML 字符实体：“{{found}}”', 'Undecoded HTML entity: "{{found}}"'),
  chrome: t('网页页面元素混入正文：“{{found}}”', 'Web page furniture inside the report text: "{{found}}"'),
  chromeLine: t('网页页面元素夹在报告正文中：“{{found}}”', 'Web page furniture between parts of the report: "{{found}}"'),
};

const MESSAGE_OF = { comment: 'comment', tag: 'tag', markup: 'markup', entity: 'entity', chrome: 'chrome' } as const;

type Context = RuleContext<Record<string, unknown>, keyof typeof messages>;

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

function describe(residue: Residue, raw: string): MessageRef<keyof typeof messages> {
  const found = clip(raw.trim());
  if (residue.kind === 'comment' && residue.fix !== undefined && residue.fix !== '') {
    return { messageId: 'conditionalComment', data: { found, keep: residue.fix } };
  }
  return { messageId: MESSAGE_OF[residue.kind], data: { found } };
}

/** A leaked page summary (meta description) glued to a paragraph's start or on the line before it. */
function checkSummaries(context: Context, leaves: BodyLeaf[]): void {
  for (const [i, leaf] of leaves.entries()) {
    if (leaf.type !== 'paragraph' || leaf.role === 'chrome') continue;
    const glued = gluedSummary(leaf.value);
    if (glued > 0) {
      const index = leaf.value.length - leaf.value.trimStart().length;
      const found = clip(leaf.value.slice(index, index + glued));
      context.report({ node: leaf, index, length: glued, messageId: 'summary', data: { found }, fix: { text: '' } });
      continue;
    }
    const following = leaves.slice(i + 1, i + 6).filter((l): l is Paragraph => l.type === 'paragraph' && l.role !== 'chrome');
    const length = summaryBefore(leaf.value, following.map((l) => l.value));
    if (length > 0) {
      const index = leaf.value.length - leaf.value.trimStart().length;
      context.report({ node: leaf, index, length, messageId: 'summary', data: { found: clip(leaf.value.slice(index, index + length)) }, fix: { text: '' } });
    }
  }
}

/**
 * Web and word-processor leftovers inside the report body (see src/text/body.ts
 * for where the body starts and ends): page-chrome lines between report
 * content, and HTML comments, tags, entities and page-furniture phrases inside
 * paragraphs, headings and table cells. Chrome before the report (breadcrumb,
 * 发布时间/来源/字号) and after it (打印 关闭, 扫一扫, 来源/撰稿/校对) is the page,
 * not the report, and is not reported.
 */
export default defineRule({
  meta: {
    id: 'page-residue',
    title: t('网页残留', 'Web page residue'),
    severity: 'warning',
    description: t(
      '报告正文中残留网页或文字处理软件的痕迹：当前位置、打印 关闭、扫一扫、<!--[if !supportLists]-->、HTML 标签等。',
      'Web or word-processor leftovers inside the report body: 当前位置, 打印 关闭, 扫一扫, <!--[if !supportLists]-->, stray HTML tags.',
    ),
    fixable: true,
    messages,
  },
  check(context) {
    const body = reportBody(context.root);
    if (!body) return;
    const decode = context.root.data.format !== 'html';
    const nodes: (Paragraph | Heading | Cell)[] = [];
    // Before the first section heading the page's frame may sit on the title's line or on lines of its own.
    const frame = new Set<Paragraph | Heading | Cell>();
    const firstHeading = body.leaves.findIndex((l) => l.type === 'heading');
    checkSummaries(context, body.leaves);
    for (const [i, leaf] of body.leaves.entries()) {
      if (!inBody(body, leaf)) continue;
      if (i < firstHeading && leaf.type === 'paragraph' && isFrameNextToTitle(context.matchText(leaf))) frame.add(leaf);
      if (leaf.type === 'table') {
        // A toolbar written with bars ("字号：大 中 小 | 打印 | 分享到：") reads as a row of cells.
        const cells = leaf.children.flatMap((row) => row.children);
        const isFrame = i < firstHeading && isFrameNextToTitle(cells.map((c) => context.matchText(c)).join(' '));
        for (const cell of cells) {
          nodes.push(cell);
          if (isFrame) frame.add(cell);
        }
        continue;
      }
      if (leaf.type === 'paragraph' && leaf.role === 'chrome') {
        // Whole chrome lines with report content on both sides.
        if (leaf.position.start.offset > body.start && leaf.position.end.offset < body.end) {
          context.report({ node: leaf, messageId: 'chromeLine', data: { found: clip(leaf.value.trim()) } });
        }
        continue;
      }
      nodes.push(leaf);
    }
    for (const node of nodes) {
      const text = context.matchText(node);
      if (!/[<>&]|位置|打印|关闭|扫一扫|字号|字体|分享|顶部|一篇|次数|访问量|点击|首页/.test(text)) continue;
      for (const residue of findResidue(text, node.value, decode)) {
        if (residue.kind === 'chrome' && frame.has(node)) continue;
        const found = node.value.slice(residue.index, residue.index + residue.length);
        context.report({
          node,
          index: residue.index,
          length: residue.length,
          ...describe(residue, found),
          ...(residue.fix !== undefined ? { fix: { text: residue.fix } } : {}),
        });
      }
    }
  },
});
