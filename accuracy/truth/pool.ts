/**
 * Filler prose taken from the clean fixture reports: sentences without
 * figures, place names or enumeration markers, grouped by the section they
 * came from, so generated reports read like real ones.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

/** Clean reports (or clean stretches) the filler comes from. */
const SOURCES = ['seeds/002_968440a473f92860.txt', 'corpus/r020.txt', 'corpus/r019.txt', 'corpus/r004.txt', 'corpus/r005.md', 'seeds/003_673a0e93baba7a0a.txt', 'corpus/r013.txt', 'seeds/001_b6ebaffc46ffe707.txt'];

export type PoolSection = 'overview' | 'management' | 'platform' | 'supervision' | 'problems' | 'improve';

const SECTION_CUES: [RegExp, PoolSection][] = [
  [/总体情况|概述/, 'overview'],
  [/政府信息管理|信息管理方面|监管/, 'management'],
  [/平台建设|平台方面/, 'platform'],
  [/监督保障/, 'supervision'],
  [/存在的主要问题|主要问题|存在问题/, 'problems'],
  [/改进情况|改进措施|下一步|将采取/, 'improve'],
];

/** Words that tie a sentence to one place or agency (they would make a foreign-region finding elsewhere). */
const PLACE = /[省市县区镇乡州]|街道|平潭|实验区|攀枝花|海林|鲤城|泉州|沐阳|沭阳|吴兴|衡南|福建|黑龙江|四川|江苏|浙江|管委会|党工委|片区|台湾|自贸|球迷网|我局/;
const ENUM = /[一二三四五六七八九十]是|^[（(]?[一二三四五六七八九十\d]+[）)、．.]|[①②③④⑤]|第[一二三四]/;
const BAD = /的的|以及根据|由在|仍在不足|[A-Za-z0-9０-９]|[“”"]|[：:；;]|年|月|日|《|》|[%％]/;

function sentencesOf(text: string): { text: string; section: PoolSection }[] {
  const out: { text: string; section: PoolSection }[] = [];
  let section: PoolSection = 'overview';
  // Headings and sub-headings move the section; the text is split into sentences at 。 and line ends.
  for (const piece of text.replace(/<!--.*?-->/g, '').split(/(?<=。)|\n+|(?=[一二三四五六七][、．])|(?=[（(][一二三四五六][）)])/)) {
    const s = piece.replace(/^[\s#*|]+|[\s|]+$/g, '');
    if (!s) continue;
    const cue = SECTION_CUES.find(([re]) => re.test(s.slice(0, 24)));
    if (cue && s.length < 40) {
      section = cue[1];
      continue;
    }
    if (cue && /^[一二三四五六七（(]/.test(s)) section = cue[1];
    if (!s.endsWith('。') || s.length < 14 || s.length > 110) continue;
    if (PLACE.test(s) || ENUM.test(s) || BAD.test(s)) continue;
    out.push({ text: s, section });
  }
  return out;
}

let cache: Record<PoolSection, string[]> | undefined;

/** The filler sentences by section (read once). */
export function fillerPool(): Record<PoolSection, string[]> {
  if (cache) return cache;
  const pool: Record<PoolSection, string[]> = { overview: [], management: [], platform: [], supervision: [], problems: [], improve: [] };
  const seen = new Set<string>();
  for (const source of SOURCES) {
    for (const { text, section } of sentencesOf(readFileSync(join(FIXTURES, source), 'utf8'))) {
      if (seen.has(text)) continue;
      seen.add(text);
      pool[section].push(text);
    }
  }
  // Sections with few sentences borrow from the overview.
  for (const key of Object.keys(pool) as PoolSection[]) if (pool[key].length < 4) pool[key].push(...pool.overview.slice(0, 6));
  return (cache = pool);
}
