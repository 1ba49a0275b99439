import { defineRule, inBody, reportBody, t, type Cell, type Heading, type MessageRef, type Paragraph } from '../src/rule-kit.js';
import { findResidue, type Residue } from './page-residue/residue.js';

const messages = {
  conditionalComment: t('Word 网页条件注释残留：“{{found}}”，应只保留“{{keep}}”', 'Word conditional-comment residue: "{{found}}"; only "{{keep}}" belongs to the text'),
  comment: t('HTML 注释残留：“{{found}}”', 'HTML comment left in the text: "{{found}}"'),
  tag: t('HTML 标签残留：“{{found}}”', 'Stray HTML tag in the text: "{{found}}"'),
  entity: t('未解码的 HTML 字符实体：“{{found}}”', 'Undecoded HTML entity: "{{found}}"'),
  chrome: t('网页页面元素混入正文：“{{found}}”', 'Web page furniture inside the report text: "{{found}}"'),
  chromeLine: t('网页页面元素夹在报告正文中：“{{found}}”', 'Web page furniture between parts of the report: "{{found}}"'),
};

const MESSAGE_OF = { comment: 'comment', tag: 'tag', entity: 'entity', chrome: 'chrome' } as const;

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

function describe(residue: Residue, raw: string): MessageRef<keyof typeof messages> {
  const found = clip(raw.trim());
  if (residue.kind === 'comment' && residue.fix !== undefined && residue.fix !== '') {
    return { messageId: 'conditionalComment', data: { found, keep: residue.fix } };
  }
  return { messageId: MESSAGE_OF[residue.kind], data: { found } };
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
    for (const leaf of body.leaves) {
      if (!inBody(body, leaf)) continue;
      if (leaf.type === 'table') {
        for (const row of leaf.children) for (const cell of row.children) nodes.push(cell);
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
      if (!/[<&]|位置|打印|关闭|扫一扫|字号|字体|分享|顶部|一篇|次数|访问量|点击|首页/.test(text)) continue;
      for (const residue of findResidue(text, node.value, decode)) {
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
