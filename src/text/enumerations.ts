/**
 * Enumerations in report prose: a whole ("共372条") and the parts it is broken
 * down into, in every shape reports write them —
 *
 * - after 其中 / 分别为: "共372条，其中主动公开368条、依申请4条";
 * - after a closing 中: "在全年公开的2602条政府信息中，机构职能类82条，占3.15%；…";
 * - after a colon that announces categories: "主要类别有：…", "具体为：…", "如下：…";
 * - in brackets right after the whole: "共公布2602条（其中机构职能类82条、…）" or
 *   "共公布2602条（机构职能类82条、…）" — brackets are not always asides;
 * - spread over sentences of one shape: "其中，A 1822条，占53%。B 1638条，占47%。".
 *
 * Takes `matchText` output (half width, Simplified), so every index is an index
 * into the node's value. Linear in the text: the amounts of each sentence are
 * read once, markers are visited in order, and a list continued into later
 * sentences looks at a few of them at most.
 */
import { amounts, bookTitleSpans, bracketSpans, isChange, sentenceSpans, type Amount, type Span } from './prose.js';
import { prefixLength } from './sorted.js';

/** An enumeration: the whole, the listed parts (same unit as the whole) and shares. */
export interface Enumeration {
  whole: Amount;
  /** Index of the marker (其中, 分别为, 中, the colon or the opening bracket). */
  marker: number;
  parts: Amount[];
  /** "占P%" shares inside the list. */
  shares: Amount[];
  /** The list is announced or closed as partial (主要, 包括, 含, 等, 以上). */
  hedged: boolean;
  /**
   * For a list whose whole is taken from earlier sentences: the other amounts
   * of its unit in the three sentences before, any of which it may break down.
   */
  alternatives: Amount[];
}

/** 其中 / 分别为. */
const WORD_MARKER = /其中|分别(?:为|是)/g;
/** "在…的N条政府信息中，", "上述N件申请中:" — closes a phrase that names the whole. */
const IN_MARKER = /(?<!其)中\s?[,:]/g;
/** A colon that announces a list of categories ("主要类别有:", "具体为:", "情况如下:"). */
const COLON_MARKER = /(?:类别|类型|分类|种类|领域|渠道|方式|形式|构成|具体)(?:主要)?(?:有|为|是|包括|如下)?\s?:|如下\s?:/g;
/** A bracket that opens a partial list ("（含…）", "（包括…）"). */
const PARTIAL_BRACKET = /^\(\s*(?:含|包括|包含|如|约|主要)/;
/** Words that start a new whole or topic: a sentence with one of them does not continue a list. */
const NEW_TOPIC = /其中|分别|共|合计|总计|累计|总数|全年|本年|年度|(?:19|20)\d{2}年/;
/** What may follow a list item at the end of its sentence: its share. */
const ITEM_TAIL = /^\s*(?:,\s*占(?:比|比为)?\s*\d+(?:\.\d+)?\s*%)?\s*[。!?！？;]?\s*$/;
/** Sentences a list is followed into, at most. */
const MAX_CONTINUATION = 8;

interface Marker {
  at: number;
  end: number;
  /** The bracket the list is confined to (a marker in brackets, or a bracket after the whole). */
  bracket?: Span;
  /** Whole given by the marker itself (the amount right before a bracket). */
  whole?: Amount;
}

/** Enumerations of a text, in order of their markers. */
export function enumerations(text: string): Enumeration[] {
  const sentences = sentenceSpans(text);
  const brackets = bracketSpans(text);
  const inBracket = spanLookup(brackets);
  const inAside = spanLookup([...brackets, ...bookTitleSpans(text)]);
  const listed = (a: Amount) => !isChange(text, a);
  const usable = (a: Amount) => a.unit !== '%' && !inAside(a.index) && listed(a);
  const perSentence = sentences.map((s) => amounts(text, s.start, s.end));
  const out: Enumeration[] = [];
  sentences.forEach((s, si) => {
    const all = perSentence[si]!;
    const { outer, inner } = markersOf(text, s, all, inBracket, inAside, usable);
    // Lists outside brackets: the whole before the marker, the parts up to the next marker.
    let next = 0;
    let whole: Amount | undefined;
    let earlier: Amount[] | undefined;
    outer.forEach((mk, k) => {
      for (; next < all.length && all[next]!.index < mk.at; next++) if (usable(all[next]!)) whole = all[next];
      const base = whole ?? (next === 0 && si > 0 ? lastUsable(perSentence[si - 1]!, usable) : undefined);
      if (!base) return;
      const listEnd = outer[k + 1]?.at ?? s.end;
      const inList: Amount[] = [];
      for (let j = next; j < all.length && all[j]!.index < listEnd; j++) {
        const a = all[j]!;
        if (a.index >= mk.end && !inAside(a.index) && listed(a)) inList.push(a);
      }
      const e = build(text, base, mk, inList, listEnd);
      if (!whole) {
        // Read once a sentence: every marker before its first amount has the same whole and the same alternatives.
        earlier ??= perSentence.slice(Math.max(0, si - 3), si).flat().filter((a) => usable(a) && a.unit === base.unit && a !== base);
        e.alternatives = earlier;
      }
      if (k === outer.length - 1) continueList(text, e, sentences, perSentence, si, inAside, listed);
      out.push(e);
    });
    // Lists inside brackets: the whole inside the bracket before the marker, or right before the bracket.
    const endsAt = new Map(all.filter(usable).map((a) => [a.index + a.length, a] as const));
    for (const group of byBracket(inner)) {
      const b = group[0]!.bracket!;
      const inside = amountsInside(text, all, b, s).filter(listed);
      let p = 0;
      let before: Amount | undefined;
      group.forEach((mk, k) => {
        for (; p < inside.length && inside[p]!.index < mk.at; p++) if (inside[p]!.unit !== '%') before = inside[p];
        const base = mk.whole ?? before ?? endsAt.get(b.start) ?? (text[b.start - 1] === ' ' ? endsAt.get(b.start - 1) : undefined);
        if (!base) return;
        const listEnd = group[k + 1]?.at ?? b.end;
        const list: Amount[] = [];
        for (let q = p; q < inside.length && inside[q]!.index < listEnd; q++) if (inside[q]!.index >= mk.end) list.push(inside[q]!);
        const e = build(text, base, mk, list, listEnd);
        if (!mk.whole || e.parts.length >= 2) out.push(e);
      });
    }
  });
  return out.sort((a, b) => a.marker - b.marker);
}

/** The markers of a sentence: outside brackets (in order) and confined to a bracket. */
function markersOf(
  text: string, s: Span, all: Amount[], inBracket: (i: number) => Span | undefined, inAside: (i: number) => Span | undefined,
  usable: (a: Amount) => boolean,
): { outer: Marker[]; inner: Marker[] } {
  const body = text.slice(s.start, s.end);
  const outer: Marker[] = [];
  const inner: Marker[] = [];
  const seenBrackets = new Set<number>();
  for (const m of body.matchAll(WORD_MARKER)) {
    const at = s.start + m.index;
    const b = inBracket(at);
    const mk = { at, end: at + m[0].length };
    if (!b && inAside(at)) continue;
    if (b) {
      inner.push({ ...mk, bracket: b });
      seenBrackets.add(b.start);
    } else outer.push(mk);
  }
  for (const re of [IN_MARKER, COLON_MARKER]) {
    for (const m of body.matchAll(re)) {
      const at = s.start + m.index;
      if (inAside(at)) continue;
      // "…N条政府信息中," needs its whole in the same clause, a few words back.
      if (re === IN_MARKER) {
        const lead = text.slice(Math.max(s.start, at - 24), at);
        const last = amounts(lead).filter((a) => a.unit !== '%').pop();
        if (!last || /[,;:。]/.test(lead.slice(last.index + last.length))) continue;
      }
      outer.push({ at, end: at + m[0].length });
    }
  }
  outer.sort((a, b) => a.at - b.at);
  // A bracket right after a whole ("2602条（机构职能类82条、…）") is a breakdown of it.
  for (const a of all) {
    if (!usable(a)) continue;
    const open = a.index + a.length;
    const rest = /^\s?\(/.exec(text.slice(open, open + 2));
    if (!rest) continue;
    const b = inBracket(open + rest[0].length - 1);
    if (!b || seenBrackets.has(b.start)) continue;
    inner.push({ at: b.start, end: b.start + 1, bracket: b, whole: a });
  }
  return { outer, inner };
}

function build(text: string, whole: Amount, mk: Marker, inList: Amount[], listEnd: number): Enumeration {
  const parts = inList.filter((a) => a.unit === whole.unit);
  const shares = inList.filter((a) => a.unit === '%' && /占(?:比|比为)?\s?$/.test(text.slice(Math.max(0, a.index - 3), a.index)));
  const last = parts[parts.length - 1];
  const after = last ? text.slice(last.index + last.length, last.index + last.length + 2) : '';
  const hedged =
    /^[\s:,]*(?:主要|包括|大致)/.test(text.slice(mk.end, mk.end + 6)) || /^等/.test(after) || /以上|左右/.test(text.slice(mk.end, listEnd)) ||
    (mk.bracket !== undefined && PARTIAL_BRACKET.test(text.slice(mk.bracket.start, mk.bracket.start + 4)));
  return { whole, marker: mk.at, parts, shares, hedged, alternatives: [] };
}

/**
 * A list whose items run on over sentences of the same shape, one item each
 * ("其中，A 1822条，占53%。B 1638条，占47%。"): while the parts fall short of the
 * whole, each following sentence that holds one amount of the unit and
 * ends with it (or its share), with no new whole or topic, is a further item —
 * as long as the sum stays within the whole, or, when every item gives its
 * share, however far it goes.
 */
function continueList(
  text: string, e: Enumeration, sentences: Span[], perSentence: Amount[][], si: number,
  inAside: (i: number) => Span | undefined, listed: (a: Amount) => boolean,
): void {
  const last = e.parts[e.parts.length - 1];
  if (!last || e.hedged) return;
  const endsItem = (a: Amount, s: Span) => ITEM_TAIL.test(text.slice(a.index + a.length, s.end));
  if (!endsItem(last, sentences[si]!)) return;
  let sum = e.parts.reduce((acc, p) => acc + p.value, 0);
  // Items that each give their share ("…，占P%。") are one list even when their sum overshoots.
  const shared = e.shares.length > 0;
  for (let j = si + 1; j < sentences.length && j <= si + MAX_CONTINUATION && (shared ? sum !== e.whole.value : sum < e.whole.value); j++) {
    const s = sentences[j]!;
    const found = perSentence[j]!.filter((a) => !inAside(a.index) && listed(a));
    const counts = found.filter((a) => a.unit !== '%');
    if (counts.length !== 1 || counts[0]!.unit !== e.whole.unit || !endsItem(counts[0]!, s)) return;
    if (NEW_TOPIC.test(text.slice(s.start, counts[0]!.index))) return;
    if (shared ? found.length !== 2 : sum + counts[0]!.value > e.whole.value) return;
    e.parts.push(counts[0]!);
    e.shares.push(...found.filter((a) => a.unit === '%'));
    sum += counts[0]!.value;
  }
}

function lastUsable(list: Amount[], usable: (a: Amount) => boolean): Amount | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (usable(list[i]!)) return list[i];
  return undefined;
}

/** Markers confined to brackets, grouped by their bracket, in order. */
function byBracket(inner: Marker[]): Marker[][] {
  const groups = new Map<number, Marker[]>();
  for (const mk of [...inner].sort((a, b) => a.at - b.at)) {
    const key = mk.bracket!.start;
    groups.set(key, [...(groups.get(key) ?? []), mk]);
  }
  return [...groups.values()];
}

/**
 * The amounts of a sentence that stand directly inside bracket `b` (not in a
 * deeper bracket or a 《》 title): one pass over the part of the bracket in the sentence.
 */
function amountsInside(text: string, all: Amount[], b: Span, s: Span): Amount[] {
  const out: Amount[] = [];
  let depth = 0;
  let title = false;
  let k = 0;
  const end = Math.min(b.end, s.end);
  for (let i = Math.max(b.start + 1, s.start); i < end; i++) {
    for (; k < all.length && all[k]!.index < i; k++);
    if (k < all.length && all[k]!.index === i && depth === 0 && !title) out.push(all[k]!);
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '《') title = true;
    else if (c === '》') title = false;
  }
  return out;
}

/** Which of a set of spans holds an index, by binary search over their union (spans may nest or overlap). */
export function spanLookup(spans: Span[]): (index: number) => Span | undefined {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return (index) => {
    // The first span ending after index holds it if it has begun.
    const s = merged[prefixLength(merged, (m) => m.end <= index)];
    return s && s.start <= index ? s : undefined;
  };
}
