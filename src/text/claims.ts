/**
 * Statements in the running text that the tables can confirm or refute: counts
 * ("收到政府信息公开申请75件", "现行有效行政规范性文件393件"), nil statements
 * ("未收到政府信息公开申请"), status claims ("均已办结", "均获维持") and what is
 * said about 信息处理费. All functions take `matchText` output, so indexes are
 * indexes into the node's value. Patterns only accept a phrase when it plainly
 * names the whole figure of the report (not one agency's share, not an item
 * after 其中); everything else is left alone.
 */
import { amounts, bookTitleSpans, bracketSpans, clauseEnd, clauseStart, inSpans, sentenceSpans, type Amount } from './prose.js';

export type FactKey =
  | 'received' | 'handled' | 'carried_over' | 'carried_forward'
  | 'review' | 'litigation' | 'review_litigation'
  | 'normative_valid' | 'normative_made' | 'normative_repealed' | 'normative_published'
  | 'fee';

/** A figure the text gives for a table value. */
export interface FactClaim {
  key: FactKey;
  value: number;
  /** Span of the number with its unit (of the whole phrase for nil statements). */
  index: number;
  length: number;
  unit: string;
  /** The verb or keyword that names the figure ("收到", "受理", "办结", "现行有效"). */
  verb: string;
  /** A nil statement ("未收到…申请"). */
  nil?: boolean;
  /** The text says the figure includes last year's requests ("（含上年结转2件）"). */
  withCarried?: boolean;
}

/** Time words and the reporting body's own scope, the only words allowed before a verb that states a whole. */
const TIME = '(?:(?:19|20)\\d{2}年度?(?:全年|内)?|全年|本年度?|年内|今年|当年|年度内|报告期内)';
const SCOPE = '(?:全(?:区|县|市|镇|乡|街道|省|州|旗)|我(?:区|县|市|镇|乡|街道|局|委|办|厅|单位|机关|中心|院|署)|本(?:机关|单位|局|委|办|厅|部门|中心|院|署|级))';
const WHOLE_PRE = new RegExp(
  `^\\s*(?:\\(?[一二三四五六七八九十\\d]{1,2}[)、.]\\s*)?${TIME}?\\s*(?:${SCOPE})?\\s*(?:各级各部门|各级行政机关|各部门|各单位|行政机关)?${TIME}?\\s*(?:一共|共计|累计|合计|总共|共)?\\s*(?:依法)?\\s*(?:已|新)?\\s*$`,
);
/** What may stand between the thing counted and the number. */
const TAIL = '(?:数量|件数|总数|数)?\\s*(?:一共|共计|共|合计|总计|累计)?\\s*(?:为|达到?)?\\s*$';
const OFF_TOPIC = /复议|诉讼|咨询|投诉|举报|信访|留言|来信|信件|信箱|热线|工单|建议|提案|来电|电话|补正|案件/;

interface Pattern {
  key: FactKey;
  re: RegExp;
  /** The words between verb and number must match (group "mid"). */
  needs?: RegExp;
  /** Only a whole-scope subject may precede the verb. */
  whole?: boolean;
}

const COUNT = /^(?:件|条|个|份|宗|起)$/;
const PATTERNS: Pattern[] = [
  { key: 'normative_valid', re: /(现行有效)的?(?:行政)?规范性文件(?:共计|共|合计)?(?:为|达)?\s*$/ },
  { key: 'normative_made', re: /(制发|制定|出台|印发)了?的?(?:行政)?规范性文件(?:共计|共|合计)?(?:为|达)?\s*$/ },
  { key: 'normative_repealed', re: /(废止)了?的?(?:行政)?规范性文件(?:共计|共|合计)?(?:为|达)?\s*$/ },
  { key: 'normative_published', re: /(公开|发布)了?的?(?:行政)?规范性文件(?:共计|共|合计)?(?:为|达)?\s*$/ },
  { key: 'carried_over', re: /(上一?年度?结转)(?:的|至本年度?)?(?<mid>[^,;:。、]{0,14}?)(?:共|为)?\s*$/ },
  { key: 'carried_forward', re: /(结转(?:至|到|入)?(?:下一?年度?|下年|次年|(?<year>(?:19|20)\d{2})年度?)|转入下一?年度?)(?:继续)?(?:办理|处理)?的?(?<mid>[^,;:。、]{0,8}?)(?:共|为)?\s*$/ },
  { key: 'received', re: new RegExp(`(收到|接收|接到|新收|受理)了?(?<mid>[^,;:。\\d]{0,24}?)${TAIL}`), needs: /申请/, whole: true },
  { key: 'handled', re: new RegExp(`(办结|办理|处理|答复)(?:完毕|完成)?了?(?<mid>[^,;:。、]{0,14}?)${TAIL}`), whole: true },
  { key: 'review_litigation', re: /(行政复议(?:、|和|及|与|或)(?:提起)?行政诉讼)(?:案件|案)?的?(?:共计|共|合计)?(?:为|达)?\s*$/ },
  { key: 'review', re: /(行政复议)(?:案件|案|申请)?的?(?:共计|共|合计)?(?:为|达)?\s*$/ },
  { key: 'litigation', re: /(行政诉讼)(?:案件|案)?的?(?:共计|共|合计)?(?:为|达)?\s*$/ },
  { key: 'fee', re: /(收取|收费)了?(?<mid>[^,;:。、]{0,12}?)(?:共计|共|合计|总计)?(?:为|达)?\s*$/, needs: /费|^$/ },
];

/** The report year, when known, to tell this year's figures from last year's. */
export interface ClaimOptions {
  year?: number;
  /** Whether the node sits in section 四 (复议/诉讼 claims then need no topic word). */
  reviewSection?: boolean;
}

/** Counted figures for table values, left to right. */
export function factClaims(text: string, options: ClaimOptions = {}): FactClaim[] {
  const out: FactClaim[] = [];
  const asides = [...bracketSpans(text), ...bookTitleSpans(text)];
  let lastReceived = -2;
  sentenceSpans(text).forEach((s, si) => {
    // Whether 其中 / 分别 occurred since the last semicolon, scanned forward with the amounts:
    // an item after it in the same part of the sentence is a share, not the whole.
    let listed = false;
    let scanned = s.start;
    for (const a of amounts(text, s.start, s.end)) {
      for (; scanned < a.index; scanned++) {
        const pair = text.slice(scanned, scanned + 2);
        if (text[scanned] === ';') listed = false;
        else if (scanned + 1 < a.index && (pair === '其中' || pair === '分别')) listed = true;
      }
      if (listed || inSpans(asides, a.index) || a.approx) continue;
      // The clause before the number, at most 48 characters back.
      const lead = text.slice(clauseStart(text, a.index, Math.max(s.start, a.index - 48)), a.index);
      for (const p of PATTERNS) {
        const m = p.re.exec(lead);
        if (!m) continue;
        const claim = accept(p, m, lead, a, text, s.start, options, si - lastReceived <= 1);
        if (claim) {
          out.push(claim);
          if (claim.key === 'received') lastReceived = si;
        }
        break;
      }
    }
    out.push(...nilClaims(text, s.start, s.end, options));
  });
  return out;
}

function accept(
  p: Pattern, m: RegExpExecArray, lead: string, a: Amount, text: string, sentenceStart: number,
  options: ClaimOptions, afterReceived: boolean,
): FactClaim | null {
  const isFee = p.key === 'fee';
  if (isFee ? !/^(?:元|万元)$/.test(a.unit) : !COUNT.test(a.unit)) return null;
  const mid = m.groups?.mid ?? '';
  const pre = lead.slice(0, m.index);
  if (p.needs && !p.needs.test(mid)) return null;
  if (/^carried/.test(p.key) && /复议|诉讼|咨询|投诉|举报|信访/.test(mid)) return null;
  if (p.key === 'received' || p.key === 'handled') {
    if (OFF_TOPIC.test(mid) || /结转|办结|答复|办理/.test(mid)) return null;
    if (p.key === 'handled' && !/申请/.test(mid) && (mid !== '' || !afterReceived)) return null;
  }
  if (isFee && /行政事业性|减免/.test(lead)) return null;
  if (p.whole ? !wholeSubject(pre, options.year) : SUBSET_PRE.test(pre) && !wholeSubject(pre, options.year)) return null;
  // "行政复议1件维持" and "收到申请3件未办结" give an outcome, not the count.
  if (OUTCOME_AFTER.test(text.slice(a.index + a.length, a.index + a.length + 4))) return null;
  if (/^(?:review|litigation|review_litigation)$/.test(p.key)) {
    // Sub-groups of table 四 and the review body's own case load are not the report's figure.
    if (/复议后(?:提起)?$|直接(?:提起)?$|(?:行政复议|行政诉讼)(?:、|和|及|与|或)$/.test(pre)) return null;
    if (!options.reviewSection && !/信息公开|依申请/.test(text.slice(sentenceStart, a.index))) return null;
  }
  let key = p.key;
  const year = m.groups?.year ? Number(m.groups.year) : undefined;
  if (key === 'carried_forward' && year !== undefined) {
    if (options.year === undefined) return null;
    if (year === options.year) key = 'carried_over';
    else if (year !== options.year + 1) return null;
  }
  const withCarried = /^\s*[(,]?\s*(?:含|包括|包含|其中)[^,;。]{0,6}结转/.test(text.slice(a.index + a.length, a.index + a.length + 14));
  return { key, value: a.value, index: a.index, length: a.length, unit: a.unit, verb: m[1]!, ...(withCarried ? { withCarried } : {}) };
}

/** Only time words and the body's own scope before the verb; a year must be the report year. */
function wholeSubject(pre: string, year: number | undefined): boolean {
  if (!WHOLE_PRE.test(pre)) return false;
  const y = /((?:19|20)\d{2})年/.exec(pre);
  return !y || Number(y[1]) === year;
}

/** A subject that names one part of the body ("区直各部门制发", "区政府办公室"). */
const SUBSET_PRE = /部门|单位|区直|县直|市直|街道|乡镇|办公室|政府(?!信息)|委员会/;
const OUTCOME_AFTER = /^\s*(?:维持|纠正|撤销|驳回|尚未|审结|结案|撤诉|撤回|终止|确认|被|正在|未)/;

const NEG = '(?:未|没有|无(?![法正关论]))';
const NIL_RECEIVED = new RegExp(`${NEG}(?:收到|接到|受理|接收)(?:过|到)?(?:任何)?([^,;:。]{0,30}?)(?:政府信息公开申请|信息公开申请|依申请公开|公开申请)`, 'g');
const NIL_CASES = new RegExp(`${NEG}(?:收到|接到|发生|产生|出现|涉及|有)?(?:过|任何)?([^,;:。]{0,30}?)(行政复议|行政诉讼)`, 'g');
const NIL_CASES_TAIL = /^(?:(?:、|和|或|及|与)(?:提起|被提起|引发)?(?:行政复议|行政诉讼))?(?:案件|案|的?情况|的?事项|等事项?|等情况|的?申请)?$/;

/** "未收到政府信息公开申请", "无因政府信息公开申请行政复议、提起行政诉讼的情况": figures of 0. */
function nilClaims(text: string, start: number, end: number, options: ClaimOptions): FactClaim[] {
  const out: FactClaim[] = [];
  const body = text.slice(start, end);
  const nil = (key: FactKey, at: number, length: number, verb: string): FactClaim => ({ key, value: 0, index: at, length, unit: '件', verb, nil: true });
  // Clauses are looked at within 60 characters either side of the phrase.
  const from = (at: number) => clauseStart(text, at, Math.max(start, at - 60));
  const to = (at: number, length: number) => clauseEnd(text, at, Math.min(end, at + length + 60));
  for (const m of body.matchAll(NIL_RECEIVED)) {
    const at = start + m.index;
    const stop = to(at, m[0].length);
    if (/复议|诉讼|补正|咨询/.test(text.slice(at, stop))) continue;
    if (!wholeSubject(text.slice(from(at), at), options.year)) continue;
    out.push(nil('received', at, m[0].length, '未收到'));
  }
  for (const m of body.matchAll(NIL_CASES)) {
    const at = start + m.index;
    const stop = to(at, m[0].length);
    const keyEnd = at + m[0].length;
    const clause = text.slice(from(at), stop).replace(/(?:19|20)\d{2}年度?/g, '');
    if (!NIL_CASES_TAIL.test(text.slice(keyEnd, stop)) || /\d|除|不服/.test(clause)) continue;
    if (!options.reviewSection && !/信息公开|依申请/.test(text.slice(Math.max(start, at - 120), keyEnd))) continue;
    const phrase = text.slice(at, stop);
    if (phrase.includes('行政复议')) out.push(nil('review', at, stop - at, '无行政复议'));
    if (phrase.includes('行政诉讼')) out.push(nil('litigation', at, stop - at, '无行政诉讼'));
  }
  return out;
}

/** "均已办结" (requests), "均获维持" and "均已结案" (复议/诉讼). */
export interface StatusClaim {
  kind: 'requests_done' | 'cases_upheld' | 'cases_closed';
  index: number;
  length: number;
  /** Table-四 groups the sentence is about. */
  review: boolean;
  litigation: boolean;
  /** "已审结的均获维持": pending cases are not covered. */
  closedOnly: boolean;
  /**
   * Possibly not meant for the year end: "目前…已全部办结" (at the time of
   * writing) or "均在法定期限内办结" (about timeliness).
   */
  weak: boolean;
}

const ALL = '(?:均|全部|都|全都|已全部|并全部)';
const DONE = new RegExp(`${ALL}(?:已经?|已)?(?:按时|按期|依法|在法定期限内|在规定时限内)?(?:办结|办理完毕|处理完毕|办理完成|答复完毕)`, 'g');
const UPHELD = new RegExp(`${ALL}(?:被|获|已|予以|得到|依法)*(?:法院|复议机关)?(?:判决|决定|裁定)?维持`, 'g');
const CLOSED = new RegExp(`${ALL}(?:已经?|已)?(?:结案|审结|办结|终结|了结|办理完毕)`, 'g');

export function statusClaims(text: string): StatusClaim[] {
  const out: StatusClaim[] = [];
  for (const s of sentenceSpans(text)) {
    const body = text.slice(s.start, s.end);
    const review = body.includes('复议');
    const litigation = body.includes('诉讼');
    const later = /目前|截至|截止|现已|至今/.test(body);
    const closedOnly = /已审结|审结的|已结案的|其余/.test(body);
    const push = (kind: StatusClaim['kind'], m: RegExpMatchArray) => {
      // The groups named nearest the phrase: in its own clause ("行政诉讼均获维持"), else since the last
      // semicolon ("…；行政诉讼2件，均获维持"), else anywhere in the sentence.
      const at = m.index!;
      const named = (from: number) => {
        const lead = body.slice(from, at);
        return lead.includes('复议') || lead.includes('诉讼') ? { review: lead.includes('复议'), litigation: lead.includes('诉讼') } : undefined;
      };
      const floor = Math.max(0, at - 120);
      const groups = named(clauseStart(body, at, floor)) ?? named(Math.max(floor, body.lastIndexOf(';', at) + 1)) ?? { review, litigation };
      out.push({ kind, index: s.start + m.index!, length: m[0].length, ...groups, closedOnly,
        weak: later || (kind === 'requests_done' && /按时|按期|期限|时限/.test(m[0])) });
    };
    if (review || litigation) {
      for (const m of body.matchAll(UPHELD)) push('cases_upheld', m);
      for (const m of body.matchAll(CLOSED)) push('cases_closed', m);
    } else if (/申请(?!人)/.test(body) && !/结转|其余|除/.test(body)) {
      for (const m of body.matchAll(DONE)) push('requests_done', m);
    }
  }
  return out;
}

/** A statement that no 信息处理费 was charged. */
export interface FeeStatement {
  index: number;
  length: number;
}

const NO_FEE = [
  /(?:未|没有|无(?![法正关论]))[^,;:。]{0,16}?(?:收取|收费|征收|产生)[^,;:。]{0,6}?(?:信息处理费|费用)/g,
  /(?:暂不|不|免于|免)(?:收取|收费|征收)(?:任何)?(?:信息处理费|费用)?/g,
  /信息处理费(?:收取)?(?:金额|总额)?(?:为|共计|共|合计)?\s*(?:0|零)(?:\.0+)?\s*(?:元|万元)?(?![\d.])/g,
  /(?:未|没有|无)(?:收取|产生)(?:任何)?信息处理费/g,
];
/** Policy wording ("10件以下不收取") describes the rules, not what happened. */
const POLICY = /以下|以内|超过|标准|按件|按量|每件/;

/**
 * Statements that no information-processing fee was charged; 行政事业性收费
 * sentences are never read. Outside a section about fees (`feeSection`) the
 * sentence must name 信息处理费 or the requests.
 */
export function noFeeStatements(text: string, feeSection = false): FeeStatement[] {
  const out: FeeStatement[] = [];
  for (const s of sentenceSpans(text)) {
    const body = text.slice(s.start, s.end);
    if (/行政事业性|收费通知|逾期/.test(body) || POLICY.test(body)) continue;
    if (!feeSection && !/信息处理费|依申请|政府信息/.test(body)) continue;
    for (const re of NO_FEE) {
      for (const m of body.matchAll(re)) {
        const at = s.start + m.index;
        if (!out.some((f) => at < f.index + f.length && f.index < at + m[0].length)) out.push({ index: at, length: m[0].length });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Whether the text says anything about 信息处理费 or 收费通知. */
export function mentionsFees(text: string): boolean {
  return /信息处理费|收费通知|收取费用|收费/.test(text.replace(/行政事业性收费/g, ''));
}
