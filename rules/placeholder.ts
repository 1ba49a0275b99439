import { defineRule, t, tables, textNodes, type TextBearing } from '../src/rule-kit.js';
import { bareItems } from './placeholder/bare-items.js';

const messages = {
  blankCount: t('缺少数字：“{{found}}”中量词前的数量是空白', 'Missing number: "{{found}}" has a blank where the count should be'),
  noAddress: t('网址缺失：“{{found}}”后面没有网址', 'Missing address: "{{found}}" gives no web address'),
  unfilled: t('未填写的占位符：“{{found}}”', 'Unfilled placeholder: "{{found}}"'),
  periodWithoutDates: t('统计期限缺少日期：“{{found}}”', 'Statistics period without dates: "{{found}}"'),
  noCount: t('缺少数字：“{{found}}”没有写明件数', 'Missing number: "{{found}}" gives no count'),
  bareItem: t('缺少数字：列举中的“{{found}}”没有数量，而前后各项都有', 'Missing number: "{{found}}" has no count, while the items around it have one'),
  numberInUnit: t(
    '单位中混入了数字“{{digits}}”：“{{found}}”应为“单位:{{unit}}”',
    'A stray number "{{digits}}" inside the unit: "{{found}}" should read "单位:{{unit}}"',
  ),
};

/** One kind of blank: a linear-time pattern over matchText, the message of a hit and its values. */
interface Blank {
  pattern: RegExp;
  /** Index of the reported span inside the match (default: the whole match). */
  span?: (m: RegExpExecArray) => [number, number];
  /** Extra test on the text around the match. */
  accept?: (text: string, m: RegExpExecArray) => boolean;
  messageId: keyof typeof messages;
  /** Values besides `found` (the match as written). */
  data?: (m: RegExpExecArray) => Record<string, string>;
}

/** Words after which a count follows directly ("等N份", "共N件"). */
const COUNT_LEAD = '等|共|共计|合计|总计|累计|达|约';
/** Measure words for counts in the reports. */
const MEASURE = '份|件|条|个|次|篇|项|人次|家|期|场|名|批';
/** Characters that turn a measure word into a noun (项目, 个人, 条件, 期间 …): then the space is just a stray space. */
const NOUN_TAIL = '目人员民所件例款要额庭间单称次数属体内外长';
/** Punctuation (after width folding) or the end of the text: where a count's phrase ends. */
const STOP = '[,。;:、!?)]|$';
/**
 * Characters before a measure word that make it a word of its own ("第十 条", "本 项", "各 期"),
 * or end a count word the pattern before already reads ("共 条").
 */
const NOT_A_COUNT = /[零一二三四五六七八九十百千万两几第每各本该此这那某单逐多再等共计达约]/;
/**
 * Labels whose empty measure word is no lost number: page counters of a web page's frame
 * ("浏览次数:次": the page, not the report) and declared units ("单位:件").
 */
const OTHER_LABEL = /浏览|点击|阅读|访问|访客|评论|单位|计量/;
/**
 * Text whose characters are spaced out ("事 项 说 明", a PDF copy): a lone
 * measure word there is half of a word, not a lost number.
 */
const spaced = (() => {
  // Asked once per match, computed once per text.
  let last: string | undefined;
  let answer = false;
  return (text: string) => {
    if (text !== last) {
      last = text;
      answer = (text.match(/[\u4e00-\u9fff] [\u4e00-\u9fff]/g)?.length ?? 0) >= 3;
    }
    return answer;
  };
})();
/** A statistics period is named in the sentence just before. */
const nearPeriod = (text: string, index: number) => /期限|时限|统计时间|统计区间|统计期/.test(text.slice(Math.max(0, index - 15), index));
/** The sentence before the match already gives counts ("废止规范性文件0件，"). */
const countsBefore = (text: string, index: number) => {
  const start = Math.max(text.lastIndexOf('。', index - 1), index - 80);
  return /\d+\s*件/.test(text.slice(Math.max(0, start), index));
};

const PROSE: Blank[] = [
  {
    // "等 份", "共 条。", "累计 件，": blank between a count word and its measure word (the number was lost).
    pattern: new RegExp(`(?:${COUNT_LEAD})([ \\u3000]+)(?:${MEASURE})(?:(?=[\\u4e00-\\u9fff])(?![${NOUN_TAIL}])|(?=${STOP}))`, 'g'),
    span: (m) => [m.index, m[0].length],
    messageId: 'blankCount',
  },
  {
    // "公开政府信息 条，", "办结数：件；": a measure word standing alone between a word (or its colon) and punctuation.
    pattern: new RegExp(`([\\u4e00-\\u9fff]{1,4})(?:[ \\u3000]+|\\s*:\\s*)(?:${MEASURE})(?=${STOP})`, 'g'),
    span: (m) => [m.index, m[0].length],
    accept: (text, m) => {
      const last = m.index + m[1]!.length - 1;
      return !NOT_A_COUNT.test(text[last]!) && !OTHER_LABEL.test(text.slice(Math.max(0, last - 5), last + 1)) && !spaced(text);
    },
    messageId: 'blankCount',
  },
  {
    // "网址为/", "网址为，": the address is missing.
    pattern: /(?:网址|网站地址|网站域名|访问地址)(?:(?:为|是) *:?|:) *[/\\]? *(?=[,。;)]|$)/g,
    span: (m) => [m.index, m[0].length],
    messageId: 'noAddress',
  },
  {
    // XX, ××, 某某, __, □: template blanks never filled in.
    pattern: /(?<![A-Za-z])(?:[X]{2,}|[x]{2,})(?![A-Za-z])|×{2,}|某某+|_{2,}|□+/g,
    messageId: 'unfilled',
  },
  {
    // "统计期限自起至止", "自 年 月 日起": a statistics period without dates.
    pattern: /(?:自|由|从) *(?:起 *)?(?:至|到) *(?:止|(?=[,。;]))|(?:自|由|从|至|到) *年 +月 +日/g,
    accept: (text, m) => nearPeriod(text, m.index),
    messageId: 'periodWithoutDates',
  },
  {
    // "现行有效的规范性文件。" after other counts: the number of documents in force is missing.
    pattern: /现行有效(?:的)?(?:行政)?规范性文件(?=[。,;])/g,
    accept: (text, m) => countsBefore(text, m.index),
    messageId: 'noCount',
  },
];

/** Units with a digit in them ("单位:0万元"): checked in prose and in table cells (headers carry units). */
const UNIT: Blank = {
  pattern: /单位 *: *(\d+) *(万元|元|亿元|件|条|次)/g,
  span: (m) => [m.index + m[0].indexOf(m[1]!, 2), m[1]!.length],
  messageId: 'numberInUnit',
  data: (m) => ({ digits: m[1]!, unit: m[2]! }),
};

/**
 * Unfilled blanks and lost numbers: "等 份", "网址为/", XX/××/某某/＿＿/□,
 * "单位:0万元", a statistics period with no dates, "现行有效的规范性文件。".
 */
export default defineRule({
  meta: {
    id: 'placeholder',
    title: t('未填写的空白', 'Unfilled placeholder'),
    severity: 'error',
    description: t(
      '未填写的空白和丢失的数字：“等 份”、“网址为/”、XX/××/某某/＿＿、“单位:0万元”、没有日期的统计期限。',
      'Unfilled blanks and lost numbers: "等 份", "网址为/", XX/××/某某/＿＿, "单位:0万元", a statistics period with no dates.',
    ),
    fixable: false,
    messages,
  },
  check(context) {
    const scan = (node: TextBearing, blanks: Blank[]) => {
      const text = context.matchText(node);
      for (const blank of blanks) {
        blank.pattern.lastIndex = 0;
        for (let m = blank.pattern.exec(text); m; m = blank.pattern.exec(text)) {
          if (m[0].length === 0) blank.pattern.lastIndex++;
          if (blank.accept && !blank.accept(text, m)) continue;
          const [index, length] = blank.span ? blank.span(m) : [m.index, m[0].length];
          const found = node.value.slice(m.index, m.index + m[0].length);
          context.report({ node, index, length, messageId: blank.messageId, data: { found, ...blank.data?.(m) } });
        }
      }
    };
    for (const node of textNodes(context.root)) {
      scan(node, [...PROSE, UNIT]);
      const text = context.matchText(node);
      for (const item of bareItems(text)) {
        context.report({ node, index: item.index, length: item.length, messageId: 'bareItem', data: { found: node.value.slice(item.index, item.index + item.length) } });
      }
    }
    for (const table of tables(context.root)) for (const row of table.children) for (const cell of row.children) scan(cell, [UNIT]);
  },
});
