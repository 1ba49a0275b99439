/**
 * What section 五 (存在的主要问题及改进情况) says: nothing, a nil word ("无",
 * "暂无"), one short sentence, or enough to state problems and measures.
 * Sub-headings ("（一）存在的主要问题") are structure, not content; text run
 * into the heading line after its title counts as content.
 */
import { sentenceSpans, type Cell, type Heading, type Paragraph, type Section } from '../../src/rule-kit.js';

export type ProblemsContent =
  | { kind: 'enough'; text: string }
  | { kind: 'empty' | 'nil' | 'short'; text: string };

/** Fewer Chinese characters than this in a single sentence is "one short sentence". */
const SHORT = 30;
/** "无", "暂无", "没有", "无此类情况", "本年度无" … (punctuation removed). */
const NIL = /^(?:本年度?|今年|全年)?(?:无|暂无|没有|不存在)(?:相关|此类|此项|上述)?(?:情况|问题|事项)?$/;
/** The heading's own words, before anything run into it. */
const TITLE = /^(?:政府信息公开工作)?(?:存在的?)?(?:主要)?(?:问题)?(?:及|和|与|以及)?(?:下一步)?(?:改进|整改|工作)?(?:情况|措施|方向|计划|打算)?[\s:：]*/;

export function problemsContent(section: Section, matchText: (node: Paragraph | Heading | Cell) => string): ProblemsContent {
  const pieces: string[] = [];
  const glued = section.heading.title.replace(TITLE, '').trim();
  if (glued) pieces.push(glued);
  // The blocks in document order, subsections included (an explicit stack: no depth overflows).
  const stack = [...section.children].reverse();
  while (stack.length > 0) {
    const block = stack.pop()!;
    if (block.type === 'paragraph') {
      if (block.role !== 'chrome') pieces.push(matchText(block).trim());
    } else if (block.type === 'table') {
      for (const row of block.children) for (const cell of row.children) pieces.push(matchText(cell).trim());
    } else for (let i = block.children.length - 1; i >= 0; i--) stack.push(block.children[i]!);
  }
  const text = pieces.filter(Boolean).join('');
  const bare = text.replace(/[\s,.。;:!?、，；：！？()（）"“”'‘’]/g, '');
  if (!bare) return { kind: 'empty', text: '' };
  if (NIL.test(bare)) return { kind: 'nil', text };
  const chinese = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const sentences = sentenceSpans(text).filter((s) => /[\u4e00-\u9fff]/.test(text.slice(s.start, s.end)));
  if (sentences.length <= 1 && chinese < SHORT) return { kind: 'short', text };
  return { kind: 'enough', text };
}
