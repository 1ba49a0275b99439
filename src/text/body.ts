/**
 * The report body of a page: where the report itself starts and ends, as
 * opposed to the page around it (title bar, breadcrumb, 发布时间/来源 lines,
 * 打印/关闭/扫一扫 footers).
 *
 * - The body starts right after the last page-chrome paragraph that comes
 *   before the first section heading (the breadcrumb and 发布日期/来源/字号 lines
 *   sit there); without such chrome it starts at the first block.
 * - It ends with the last block that is neither page chrome nor a site footer
 *   line (上一篇/下一篇, 版权所有, ICP备…): the last paragraph, table or
 *   signature of the report.
 *
 * Offsets are source offsets, end exclusive.
 */
import type { Heading, Paragraph, Root, Table } from '../ast/types.js';
import { blocks } from '../ast/walk.js';
import { normalizeLabel } from './normalize.js';

/** Site footer lines that follow a report on its page; they end the body like chrome does. */
const FOOTER =
  /^(?:上一篇|下一篇|上一条|下一条|相关(?:链接|文章|稿件|阅读|信息)|网站地图|联系我们|版权所有|主办单位|主办[:：]|承办单位|承办[:：]|技术支持|网站标识码|网站识别码|[\u4e00-\u9fff]{0,6}ICP备|[\u4e00-\u9fff]公网安备)/;

export type BodyLeaf = Paragraph | Heading | Table;

export interface ReportBody {
  start: number;
  end: number;
  /** Every leaf block (section headings, paragraphs with chrome, tables) in document order. */
  leaves: BodyLeaf[];
}

/** Whether a paragraph is a site footer line (上一篇, 版权所有, ICP备…). */
export function isFooter(node: Paragraph): boolean {
  return FOOTER.test(normalizeLabel(node.value));
}

const isChrome = (leaf: BodyLeaf): boolean => leaf.type === 'paragraph' && leaf.role === 'chrome';

/** The span of the report body; null when the text has no report content at all. */
export function reportBody(root: Root): ReportBody | null {
  const leaves: BodyLeaf[] = [];
  for (const { node } of blocks(root)) {
    if (node.type === 'section') leaves.push(node.heading);
    else leaves.push(node);
  }
  const firstHeading = leaves.findIndex((l) => l.type === 'heading');
  const limit = firstHeading < 0 ? leaves.length : firstHeading;
  let from = 0;
  for (let i = 0; i < limit; i++) if (isChrome(leaves[i]!)) from = i + 1;
  if (firstHeading < 0) {
    // No headings: the body is everything between the leading and the trailing chrome.
    from = 0;
    while (from < leaves.length && isChrome(leaves[from]!)) from++;
  }
  let to = leaves.length - 1;
  while (to >= from && (isChrome(leaves[to]!) || (leaves[to]!.type === 'paragraph' && isFooter(leaves[to] as Paragraph)))) to--;
  if (to < from) return null;
  return { start: leaves[from]!.position.start.offset, end: leaves[to]!.position.end.offset, leaves };
}

/** Whether a node lies inside the body (wholly). */
export function inBody(body: ReportBody, node: { position: { start: { offset: number }; end: { offset: number } } }): boolean {
  return node.position.start.offset >= body.start && node.position.end.offset <= body.end;
}
