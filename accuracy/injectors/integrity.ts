/** Integrity defects: spam words, a bad Traditional conversion, web-page residue, a doubled word, another place's name. */
import { sentenceText } from '../truth/types.js';
import { bodySentences, paragraphs, rewrite, type Injector } from './types.js';

/** Inserts a phrase after the first comma of a sentence (or before its end). */
function insertInto(text: string, phrase: string): string {
  const at = text.search(/[，,]/);
  return at > 0 ? text.slice(0, at + 1) + phrase + text.slice(at + 1) : text.replace(/。$/, `${phrase}。`);
}

/** Inserts a clause of its own after the first comma of a sentence (or before its end). */
function insertClause(text: string, clause: string): string {
  const at = text.search(/[，,]/);
  return at > 0 ? `${text.slice(0, at + 1)}${clause}，${text.slice(at + 1)}` : text.replace(/。?$/, `，${clause}。`);
}

/** Toneless pinyin glosses of words the lab's sentences use. */
const GLOSSES: [string, string][] = [['政府', 'zhengfu'], ['信息公开', 'xinxigongkai'], ['政务', 'zheng wu'], ['工作', 'gongzuo'], ['申请', 'shen qing']];

/**
 * Spam of every kind a compromised page inserts: listed words (球迷网, 关键词2), gambling, adult and platform
 * advertisements in words of their own, a term in the place of 关于 in a cited document's title, a toneless
 * pinyin gloss, a web address on a spam domain.
 */
export const spam: Injector = {
  name: 'spam-word',
  rule: 'injected-content',
  inject(truth, rng) {
    const s = rng.pick(bodySentences(truth, (t) => t.length > 20));
    if (!s) return null;
    const text = sentenceText(s);
    const kind = rng.int(0, 5);
    if (kind === 1) {
      const ad = rng.pick(['足球投注平台', '真人荷官在线发牌', '彩票平台开户', '注册送彩金', '午夜影院', '成人视频免费看', '开云体育app下载', '棋牌游戏官网登录入口', '电竞竞猜']);
      rewrite(s, insertInto(text, ad));
      return { note: `advertisement "${ad}" in a sentence`, places: [s.id] };
    }
    if (kind === 2) {
      const issuer = rng.pick(['国务院办公厅', '省人民政府办公厅', '市人民政府办公室']);
      const term = rng.pick(['澳门赌场', '幸运飞艇', '乐鱼体育', '天天彩票', '球迷网']);
      rewrite(s, insertClause(text, `按照《${issuer}${term}印发${truth.year}年政务公开工作要点的通知》要求`));
      return { note: `"${term}" in the place of 关于 in a cited title`, places: [s.id] };
    }
    if (kind === 3) {
      const gloss = GLOSSES.find(([word]) => text.includes(word));
      if (gloss) {
        const at = text.indexOf(gloss[0]) + gloss[0].length;
        rewrite(s, `${text.slice(0, at)}(${gloss[1]})${text.slice(at)}`);
        return { note: `pinyin gloss "${gloss[0]}(${gloss[1]})"`, places: [s.id] };
      }
    }
    if (kind === 4) {
      const host = rng.pick(['www.js5588.vip', 'http://kaiyun.top', 'www.bet365-cn.com', 'm.ly88.cc']);
      rewrite(s, insertInto(text, `详见${host}`));
      return { note: `spam address ${host}`, places: [s.id] };
    }
    const word = rng.pick(['球迷网', '关键词2', '关键词3', '澳门葡京', '时时彩']);
    rewrite(s, text.includes('关于') ? text.replace('关于', word) : insertInto(text, word));
    return { note: `spam "${word}" in a sentence`, places: [s.id] };
  },
};

export const badConversion: Injector = {
  name: 'bad-traditional-word',
  rule: 'mixed-script',
  inject(truth, rng) {
    const pairs: [string, string][] = [['方面', '方麵'], ['全面', '全麵'], ['同志', '同誌'], ['当面', '當麵']];
    const withWord = bodySentences(truth, (t) => pairs.some(([a]) => t.includes(a)));
    const s = withWord.length ? rng.pick(withWord) : rng.pick(bodySentences(truth, (t) => t.length > 20));
    if (!s) return null;
    let text = sentenceText(s);
    const pair = pairs.find(([a]) => text.includes(a));
    text = pair ? text.replace(pair[0], pair[1]) : insertInto(text, '各方麵工作稳步推进，');
    rewrite(s, text);
    return { note: `a half-converted word (${pair?.[1] ?? '方麵'})`, places: [s.id] };
  },
};

/**
 * A clause pasted in from a Traditional copy whose converter went character by character and left one word half
 * converted (關系 for 關係, 標志 for 標誌). In a Simplified report the clause is Traditional text in Simplified; in the
 * Traditional rendering the half-converted word survives OpenCC (the Traditional character before it keeps the
 * phrase from being looked up), so the rule must find the word itself.
 */
export const halfConvertedWord: Injector = {
  name: 'half-converted-word',
  rule: 'mixed-script',
  inject(truth, rng) {
    const s = rng.pick(bodySentences(truth, (t) => t.length > 20));
    if (!s) return null;
    const clause = rng.pick(['理順工作關系', '加強與群眾的聯系', '規範設置標志標識', '細致做好答覆解釋工作', '做到輕松查詢']);
    rewrite(s, insertClause(sentenceText(s), clause));
    return { note: `a half-converted Traditional clause "${clause}"`, places: [s.id] };
  },
};

/**
 * Web-page leftovers inside the report's own text: comments and furniture inside a paragraph, a piece of
 * markup stuck to a sentence ("-->", "\">"), the article's meta fields or toolbar mid-paragraph, and the page's
 * summary (its first words, cut off with "…") glued before the paragraph it summarises.
 */
export const residue: Injector = {
  name: 'page-residue',
  rule: 'page-residue',
  inject(truth, rng) {
    const kind = rng.int(0, 3);
    if (kind === 3) {
      const p = rng.pick(paragraphs(truth).filter((b) => !b.role && b.sentences[0] && /^[^，]{4,20}，/.test(sentenceText(b.sentences[0])) && sentenceText(b.sentences[0]).length >= 30));
      if (p) {
        const first = p.sentences[0]!;
        const text = sentenceText(first);
        const cut = text.slice(0, rng.int(22, Math.min(40, text.length - 4)));
        rewrite(first, `${cut}${rng.pick(['…', '...', ''])}${text}`);
        return { note: `the page summary "${cut}" glued before its paragraph`, places: [first.id] };
      }
    }
    const s = rng.pick(bodySentences(truth, (t) => t.length > 20));
    if (!s) return null;
    const text = sentenceText(s);
    if (kind === 1) {
      const markup = rng.pick(['-->', '">', "'/>"]);
      rewrite(s, `${markup}${text}`);
      return { note: `"${markup}" stuck to a sentence`, places: [s.id] };
    }
    if (kind === 2) {
      const piece = rng.pick(['分享到：微信 微博', '浏览次数：128', '字号：大 中 小', '发布时间：2021-01-20 浏览次数：35']);
      rewrite(s, insertInto(text, `${piece} `));
      return { note: `"${piece}" mid-paragraph`, places: [s.id] };
    }
    const junk = rng.pick(['<!--[if !supportLists]-->', '打印本页 关闭窗口', '【打印】【关闭】', '扫一扫在手机打开当前页']);
    rewrite(s, junk.startsWith('<!--') ? `${junk}${text}` : insertInto(text, junk));
    return { note: `"${junk}" inside a paragraph`, places: [s.id] };
  },
};

export const doubled: Injector = {
  name: 'doubled-word',
  rule: 'duplicated-text',
  inject(truth, rng) {
    const choice = rng.int(0, 3);
    if (choice === 1) {
      // A clause of seven characters or more written twice in a row.
      const s = rng.pick(bodySentences(truth, (t) => /[\u4e00-\u9fff]{8,}/.test(t) && !/\d/.test(t)));
      if (s) {
        const text = sentenceText(s);
        const m = /[\u4e00-\u9fff]{8,}/.exec(text)!;
        const phrase = m[0].slice(0, Math.min(m[0].length, 12));
        rewrite(s, text.slice(0, m.index) + phrase + text.slice(m.index));
        return { note: `"${phrase}" written twice in a row`, places: [s.id] };
      }
    }
    if (choice === 2) {
      // A book-title bracket written twice: 《《条例》.
      const s = rng.pick(bodySentences(truth, (t) => t.includes('《')));
      if (s) {
        const text = sentenceText(s);
        const mark = rng.pick(['《', '》']);
        const at = text.indexOf(mark);
        rewrite(s, text.slice(0, at) + mark + text.slice(at));
        return { note: `"${mark}" written twice`, places: [s.id] };
      }
    }
    if (choice === 3) {
      // The level of the agency's formal name written twice: 某某县县人民政府.
      const name = /^([\u4e00-\u9fff]+[县区市镇乡])人民政府/.exec(truth.agency.name);
      const s = name && rng.pick(bodySentences(truth, (t) => t.includes(truth.agency.name)));
      if (name && s) {
        const level = name[1]!.slice(-1);
        rewrite(s, sentenceText(s).replace(truth.agency.name, `${name[1]}${level}人民政府`));
        return { note: `${truth.agency.name} written with ${level} twice`, places: [s.id] };
      }
    }
    const s = rng.pick(bodySentences(truth, (t) => /工作|信息|公开|的/.test(t) && t.length > 15));
    if (!s) return null;
    const text = sentenceText(s);
    const word = rng.pick(['工作', '信息', '公开', '的'].filter((w) => text.includes(w)));
    const at = text.indexOf(word);
    rewrite(s, text.slice(0, at) + word + text.slice(at));
    return { note: `"${word}" doubled`, places: [s.id] };
  },
};

export const foreignPlace: Injector = {
  name: 'another-place',
  rule: 'foreign-region',
  inject(truth, rng) {
    const { self, level, unit, parent, name } = truth.agency;
    // Another county's or district's portal, when the title names the reporter's county or district.
    const parentUnit = /[县区]$/.exec(parent)?.[0];
    if (rng.chance(0.35) && parentUnit && name.includes(parent)) {
      const others = ['龙泉', '松阳', '云和', '遂昌', '庆元'].filter((p) => !parent.includes(p));
      const portal = `${rng.pick(others)}${parentUnit}人民政府门户网站`;
      const s = rng.pick(bodySentences(truth, (t) => t.length > 15));
      if (s) {
        rewrite(s, insertClause(sentenceText(s), `同时在${portal}同步发布`));
        return { note: `the portal of another ${parentUnit}: ${portal}`, places: [s.id] };
      }
    }
    // A department that once says 我镇; a town or street report that once says 我县 (seed 004), a district's 我县,
    // a county's 我区.
    const other = level === 'department' ? rng.pick(['我镇', '我乡']) : level === 'government' && unit === '县' ? '我区' : '我县';
    if (level === 'department' && !/[县区市]/.test(name)) return null;
    const s = rng.pick(bodySentences(truth, (t) => t.includes(self)));
    if (!s) return null;
    rewrite(s, sentenceText(s).replace(self, other));
    return { note: `${self} written as ${other} once`, places: [s.id] };
  },
};
