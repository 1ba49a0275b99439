/**
 * Two signs of injected text that need no word list.
 *
 * - **A term in the place of 关于.** Spam mirrors replace 关于/有关 throughout a page, and a document title
 *   shows it best: "《国务院办公厅球迷网印发…的通知》" — between the issuing body and the verb that opens the
 *   subject, where a title has 关于 or nothing, stands a term of its own.
 * - **Odd domains.** A web address on a domain that spam sites use and government reports never cite
 *   (.vip, .bet, .casino, .top, .xyz …, or a host named for betting).
 *
 * Both run on `matchText` (Simplified, half-width) in linear time.
 */

/**
 * An issuing body, a term of two to eight characters that is neither part of a body's name nor a function
 * word, and the verb that opens a document's subject. The term may hold Latin letters and digits (spam
 * brands), never 关, 于, 有 or the characters that end the names of bodies.
 */
const SLOT = /(?:办公厅|办公室|人民政府|委员会|领导小组)((?:(?![关于有的和与及、办厅室府委局部院会组司处科署所站中心省市县区镇乡村街道国务党年])[\u4e00-\u9fffA-Za-z0-9]){2,8}?)(?=印发|转发|批转|做好|进一步|加强|开展|推进|全面|深化|深入|贯彻|落实|建立|实施|调整|公布|规范|切实|明确|完善|下达|开展)/g;

/** A year: "2020年政务公开工作要点" is the subject, not a term. */
const NAME_PART = /[0-9]{4}/;

/** The terms in the place of 关于 in the document titles (《…》) of a text. */
export function termsForGuanyu(text: string): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  for (const title of text.matchAll(/《[^《》\n]{6,120}》/g)) {
    SLOT.lastIndex = 0;
    const inner = title[0];
    for (let m = SLOT.exec(inner); m; m = SLOT.exec(inner)) {
      const term = m[1]!;
      if (NAME_PART.test(term)) continue;
      out.push({ index: title.index + m.index + m[0].length - term.length, length: term.length });
    }
  }
  return out;
}

/** Top-level domains of spam sites that a government report has no reason to cite. */
const SPAM_TLDS = new Set(['vip', 'bet', 'casino', 'poker', 'top', 'xyz', 'club', 'win', 'icu', 'buzz', 'loan', 'bingo', 'games', 'sex', 'xxx', 'porn', 'cc', 'ltd', 'fun']);

/** Host labels that name betting or adult sites. */
const SPAM_LABEL = /(?:^|[.\-0-9])(?:bet|casino|poker|baccarat|porn|xxx|pk10|caipiao|duchang|bocai)/i;

/** A host with an optional scheme. */
const HOST = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}/gi;

export interface OddHost {
  index: number;
  length: number;
  host: string;
}

/** Web addresses on spam domains (not an e-mail address's domain). */
export function oddHosts(text: string): OddHost[] {
  const out: OddHost[] = [];
  HOST.lastIndex = 0;
  for (let m = HOST.exec(text); m; m = HOST.exec(text)) {
    if (text[m.index - 1] === '@' || /[a-z0-9]/i.test(text[m.index + m[0].length] ?? '')) continue;
    const host = m[0].toLowerCase().replace(/^https?:\/\//, '');
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (!host.includes('.') || host.endsWith('.gov.cn')) continue;
    if (SPAM_TLDS.has(tld) || SPAM_LABEL.test(host.slice(0, host.lastIndexOf('.')))) out.push({ index: m.index, length: m[0].length, host });
  }
  return out;
}
