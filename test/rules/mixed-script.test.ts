import { describe, expect, it } from 'vitest';
import { BAD_CONVERSIONS, checkConversions, findBadConversions, fixConversions } from '../../rules/mixed-script/conversions.js';
import { classify, isSimplifiedOnly } from '../../src/text/dictionaries/script.js';
import { matchText } from '../../src/text/normalize.js';
import rule from '../../rules/mixed-script.js';
import { FIXTURES, linter, places, readFixture } from '../helpers/rule-fixtures.js';

const ID = 'mixed-script';
const lint = linter(ID, rule);
const lintFixture = (rel: string) => lint(readFixture(rel), rel);
const found = (text: string) => lint(text, 'x.txt').map((m) => `${m.line}:${m.column} ${m.message}`);
const SEED_004 = 'seeds/004_9c99e8684d928071.txt';

describe('the bad-conversion dictionary', () => {
  it('passes its own specs', () => {
    expect(checkConversions()).toEqual([]);
  });

  it('never touches correct Traditional words', () => {
    const correct = '麵條、麵粉、拉麵館、雜誌、標誌、日誌、製造、製作、印製、複製、編製、關係、重複、複雜、聯繫、系統';
    expect(findBadConversions(correct)).toEqual([]);
    expect(fixConversions(correct)).toBe(correct);
  });

  it('only lists Traditional-only characters, so Simplified text never matches', () => {
    for (const { wrong } of BAD_CONVERSIONS) expect(matchText(wrong), wrong).not.toBe(wrong);
  });
});

describe('mixed-script on seed 004', () => {
  const messages = lintFixture(SEED_004);
  const text = readFixture(SEED_004);

  it('reports every bad conversion with a one-character fix', () => {
    const bad = messages.filter((m) => m.message.startsWith('繁简转换错误'));
    expect(places(bad)).toEqual([
      '3:188', '3:207', '4:4', '7:29', '7:66', '12:16', '13:24', '13:37', '13:58', '13:71', '13:84', '13:97', '13:116',
      '29:18', '36:24', '38:21', '45:41', '47:12', '47:15', '47:37', '49:19', '62:4', '63:7', '65:9', '66:18', '69:24',
      '70:10', '72:53', '72:176', '86:3', '119:10', '125:10', '143:5', '164:8', '170:9', '173:11', '176:10', '257:40',
    ]);
    for (const m of bad) {
      expect(m.severity).toBe(1);
      expect(m.fix!.range[1] - m.fix!.range[0]).toBe(1);
      expect('麵誌製係複').toContain(text[m.fix!.range[0]]);
    }
    expect(bad[0]!.message).toBe('繁简转换错误：“方麵”应为“方面”（“麵”只用于面食，如麵條、麵粉）');
    expect(bad[4]!.message).toBe('繁简转换错误：“製度”应为“制度”（“製”只用于制造，如製造、製作）');
    expect(bad[14]!.message).toBe('繁简转换错误：“同誌”应为“同志”（“誌”只用于记载、标记，如雜誌、標誌）');
    const kinds = new Set(bad.map((m) => /“(.+?)”应为/.exec(m.message)![1]));
    for (const word of ['方麵', '全麵', '當麵', '板麵', '同誌', '製度', '製定', '製發', '機製', '係統', '回複', '答複']) expect(kinds).toContain(word);
  });

  it('reports the half-converted words 采訪, 采取, 采用 (採訪, 採取, 採用 in Traditional script)', () => {
    const words = messages.filter((m) => m.message.startsWith('繁体词转换不完整'));
    expect(words.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([
      '7:100 繁体词转换不完整：“采訪”应为“採訪”（繁体中“采”“採”是两个字）',
      '24:10 繁体词转换不完整：“采取”应为“採取”（繁体中“采”“採”是两个字）',
      '25:3 繁体词转换不完整：“采用”应为“採用”（繁体中“采”“採”是两个字）',
    ]);
  });

  it('reports the Simplified 关键词 once', () => {
    const runs = messages.filter((m) => !/^(?:繁简转换错误|繁体词转换不完整)/.test(m.message));
    expect(runs.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual(['7:158 繁体文本中夹杂简体字：“关键词”（繁体为“關鍵詞”）']);
    expect(runs[0]!.endColumn - runs[0]!.column).toBe(3);
  });

  it('leaves 編製 alone', () => {
    expect(messages.some((m) => m.message.includes('編製'))).toBe(false);
  });
});

describe('mixed-script on Simplified reports', () => {
  it('is silent on seeds 000–003 and the whole corpus', () => {
    for (const path of FIXTURES.filter((f) => f !== SEED_004)) expect(places(lintFixture(path)), path).toEqual([]);
  });

  it('treats characters that are also Traditional as neutral', () => {
    for (const ch of '若干公里皇后平台群制度方面同志') expect(isSimplifiedOnly(ch), ch).toBe(false);
    for (const ch of '关键词开务') expect(isSimplifiedOnly(ch), ch).toBe(true);
    const text = '開關关键';
    expect(classify(text, matchText(text))).toBe('TTSS');
  });
});

describe('half-converted words in a Traditional report', () => {
  const words = (text: string) => lint(text, 'x.txt').map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.message} → ${m.fix?.text}`);

  it('finds a word whose character is valid in both scripts but not in this word', () => {
    expect(words('根據《關于進一步規范政府信息公開工作的通知》要求，我鎮依法開展政務公開工作。\n')).toEqual([
      '1:4-6 繁体词转换不完整：“關于”应为“關於”（繁体中“于”“於”是两个字） → 關於',
      '1:9-11 繁体词转换不完整：“規范”应为“規範”（繁体中“范”“範”是两个字） → 規範',
    ]);
    expect(words('本年度通過網站公開政府采購項目信息12條，理順工作關系，結果等于上年。\n')).toEqual([
      '1:12-14 繁体词转换不完整：“采購”应为“採購”（繁体中“采”“採”是两个字） → 採購',
      '1:26-28 繁体词转换不完整：“關系”应为“關係”（繁体中“系”“係”是两个字） → 關係',
      '1:31-33 繁体词转换不完整：“等于”应为“等於”（繁体中“于”“於”是两个字） → 等於',
    ]);
    expect(words('進一步加強與群眾的聯系，幹部隊伍細致做好答覆解釋工作，設置標志標識。\n')).toEqual([
      '1:10-12 繁体词转换不完整：“聯系”应为“聯繫”（繁体中“系”“繫”是两个字） → 聯繫',
      '1:17-19 繁体词转换不完整：“細致”应为“細緻”（繁体中“致”“緻”是两个字） → 細緻',
      '1:30-32 繁体词转换不完整：“標志”应为“標誌”（繁体中“志”“誌”是两个字） → 標誌',
    ]);
  });

  it('leaves correct Traditional words, surnames and accepted variants alone', () => {
    for (const ok of [
      '根據《關於進一步規範政府信息公開工作的通知》，公開政府採購項目，理順工作關係，加強聯繫。',
      '于書記主持召開會議，展示幹部風采，若干方面取得進展，在政府網站發布信息，依托平台瞭解需求。',
      '系統運行穩定，建立健全相關制度，編製說明已經公開，一系列措施落實到位。',
    ]) {
      expect(words(`${ok}\n`), ok).toEqual([]);
    }
  });

  it('never looks at words in a Simplified report', () => {
    expect(words('根据《关于进一步规范政府信息公开工作的通知》，公开政府采购项目，理顺工作关系，结果等于上年。\n')).toEqual([]);
  });
});

describe('mixed-script runs', () => {
  it('Traditional inside Simplified, one finding per run', () => {
    expect(found('我局认真开展政务公开工作，不断提升公开质量。\n進一步規範政府信息公開目錄，持续更新。\n')).toEqual([
      '2:1 简体文本中夹杂繁体字：“進一步規範政府信息公開目錄”（简体为“进一步规范政府信息公开目录”）',
    ]);
  });

  it('single characters need minRun 1', () => {
    const text = '2017年，我鎮收到有關政府信息公開方面的谘詢共計60餘人次，對重大決策事項采取廣播方式公開。\n';
    // 采 is also a Traditional character (風采): never counted as Simplified, but 采取 is a half-converted word; 谘 is Simplified only.
    const word = '繁体词转换不完整：“采取”应为“採取”（繁体中“采”“採”是两个字）';
    expect(found(text)).toEqual([`1:39 ${word}`]);
    expect(lint(text, 'x.txt', { minRun: 1 }).map((m) => m.message)).toEqual(['繁体文本中夹杂简体字：“谘”（繁体为“諮”）', word]);
  });
});
