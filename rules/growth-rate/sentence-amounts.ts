import { amounts, prefixLength, type Amount, type Span } from '../../src/rule-kit.js';

const TOTAL_WORD = /(?:共|共计|总计|合计|累计|总数)\s*$/;
const RECEIVED_LEAD = /(?:收到|受理|接收|共)[^,，;；]*$/;

/** Index of the last element of a sorted list for which `ok` holds (ok is true on a prefix), or -1. */
const lastWhere = <T>(list: readonly T[], ok: (x: T) => boolean): number => prefixLength(list, ok) - 1;

/**
 * The amounts of one sentence, read once, with the questions the checks ask
 * ("the last amount of this unit before here", "the first percentage after
 * here") answered by binary search, so that a sentence with thousands of
 * clauses is read in n·log n, not once per clause.
 */
export class SentenceAmounts {
  /** Amounts in order; their ends increase, as matches do not overlap. */
  readonly list: Amount[];
  private readonly byUnit = new Map<string, Amount[]>();
  /** Per unit, the amounts outside brackets (a breakdown in brackets is no amount of the sentence's own). */
  private readonly outside = new Map<string, Amount[]>();
  private readonly totals = new Map<string, Amount[]>();
  private readonly received: Amount[] = [];
  private readonly verbLed = new Map<string, Amount[]>();
  /** Starts of 其中 in the sentence, in order. */
  private readonly among: number[] = [];
  /** Index of the first character that is not a space or comma (the end of the sentence when there is none). */
  readonly firstWord: number;

  constructor(private readonly text: string, readonly span: Span, inBracket: (index: number) => unknown = () => false) {
    this.list = amounts(text, span.start, span.end);
    for (const a of this.list) {
      push(this.byUnit, a.unit, a);
      if (!inBracket(a.index)) push(this.outside, a.unit, a);
      if (a.unit === '%') continue;
      if (TOTAL_WORD.test(text.slice(Math.max(span.start, a.index - 4), a.index))) push(this.totals, a.unit, a);
      if (RECEIVED_LEAD.test(this.lead(a))) this.received.push(a);
    }
    for (let at = text.indexOf('其中', span.start); at >= 0 && at + 2 <= span.end; at = text.indexOf('其中', at + 2)) this.among.push(at);
    let i = span.start;
    while (i < span.end && /[\s,，]/.test(text[i]!)) i++;
    this.firstWord = i;
  }

  /** The last amount that ends by `pos`. */
  lastBefore(pos: number): Amount | undefined {
    return this.list[lastWhere(this.list, (a) => a.index + a.length <= pos)];
  }

  /** The last amount of `unit` that ends by `pos` (the sentence's end by default); `outside`: not inside brackets. */
  lastOfUnit(unit: string, pos = this.span.end, outside = false): Amount | undefined {
    const list = (outside ? this.outside : this.byUnit).get(unit) ?? [];
    return list[lastWhere(list, (a) => a.index + a.length <= pos)];
  }

  /** The last amount of `unit` led by a total word (共, 合计, …) that ends by `pos`. */
  lastTotal(unit: string, pos: number): Amount | undefined {
    const list = this.totals.get(unit) ?? [];
    return list[lastWhere(list, (a) => a.index + a.length <= pos)];
  }

  /** The first percentage that starts at `pos` or after, when it starts within `reach` characters. */
  percentFrom(pos: number, reach: number): Amount | undefined {
    const list = this.byUnit.get('%') ?? [];
    const pct = list[lastWhere(list, (a) => a.index < pos) + 1];
    return pct && pct.index - pos <= reach ? pct : undefined;
  }

  /** Whether only spaces and commas stand between the start of the sentence and `pos`. */
  opensAt(pos: number): boolean {
    return pos <= this.firstWord;
  }

  /** The start of the last 其中 that ends by `pos`, or -1. */
  lastAmong(pos: number): number {
    return this.among[lastWhere(this.among, (at) => at + 2 <= pos)] ?? -1;
  }

  /** The first count (not a percentage) led by 收到/受理/接收/共 that ends by `pos`. */
  firstReceived(pos: number): Amount | undefined {
    const first = this.received[0];
    return first && first.index + first.length <= pos ? first : undefined;
  }

  /** The last count (not a percentage, not `except`) led by `verb` that ends by `pos`. */
  lastLedBy(verb: string, pos: number, except: Amount | undefined): Amount | undefined {
    let list = this.verbLed.get(verb);
    if (!list) {
      const re = new RegExp(`${verb}[^,，;；]*$`);
      list = this.list.filter((a) => a.unit !== '%' && re.test(this.lead(a)));
      this.verbLed.set(verb, list);
    }
    const k = lastWhere(list, (a) => a.index + a.length <= pos);
    return list[k] === except ? list[k - 1] : list[k];
  }

  /** The 12 characters before an amount, inside the sentence. */
  private lead(a: Amount): string {
    return this.text.slice(Math.max(this.span.start, a.index - 12), a.index);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The sentences of one node with their amounts. */
export class NodeAmounts {
  /** Every amount of the node, in order. */
  readonly list: Amount[];
  constructor(readonly text: string, readonly sentences: SentenceAmounts[]) {
    this.list = sentences.flatMap((s) => s.list);
  }

  /** Up to `n` amounts before `index` and `n` from it on, in order. */
  around(index: number, n: number): Amount[] {
    const k = lastWhere(this.list, (a) => a.index < index) + 1;
    return this.list.slice(Math.max(0, k - n), k + n);
  }
}
