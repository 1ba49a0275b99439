/**
 * The words of the offline page in Chinese (the default) and English.
 * Messages of findings come from the rules themselves (lint locale); these
 * are the page's own labels.
 */
import type { PdfProblem } from '../frontends/pdf/extract.js';
import { pick, type Locale } from '../i18n.js';
import type { SeverityNumber } from '../results.js';

export type Lang = 'zh' | 'en';

const zh = {
  title: '政府信息公开年度报告检查',
  subtitle: '离线检查页面：全部检查在本机浏览器中完成，报告内容不会发送到任何地方。',
  switchLang: 'English',
  placeholder: '在此粘贴报告全文，或打开、拖入 .txt、.md、.html、.docx、.pdf 文件（支持 UTF-8 和 GBK 编码）',
  open: '打开文件…',
  run: '检查',
  dropHere: '松开鼠标即可打开文件',
  sourcePasted: '来源：粘贴的文本',
  sourceFile: (name: string, what: string) => `来源：文件 ${name}（${what}）`,
  docxLoaded: (name: string) => `已打开 Word 文档 ${name}，其内容已转换后检查。在此粘贴文本可改为检查粘贴的内容。`,
  pdfLoaded: (name: string) => `已打开 PDF 文件 ${name}，已取出其中的文字和表格后检查，右侧原文标出了页码。在此粘贴文本可改为检查粘贴的内容。`,
  page: (n: number) => `第${n}页`,
  pdfProblem: (name: string, problem: PdfProblem) =>
    ({
      scanned: `无法检查 ${name}：扫描件没有文字层，无法检查；请提供可复制文字的PDF或Word文件`,
      encrypted: `无法读取 ${name}：PDF 文件已加密（有密码保护），无法取出文字；请提供未加密的PDF或Word文件`,
      damaged: `无法读取 ${name}：不是有效的 PDF 文件，文件可能已损坏、不完整或只是改了扩展名`,
      'too-many-pages': `无法检查 ${name}：PDF 页数超过上限`,
      'too-much-text': `无法检查 ${name}：PDF 中的文字超过上限`,
    })[problem],
  kinds: { txt: '纯文本', md: 'Markdown', html: 'HTML 网页', docx: 'Word 文档', pdf: 'PDF 文件' } as Record<string, string>,
  empty: '请先粘贴报告文本或打开文件。',
  unreadable: (name: string) => `无法读取 ${name}：既不是 UTF-8/UTF-16 文本，也不是 GBK 文本，或不是 Word 文档。`,
  failed: (why: string) => `检查失败：${why}`,
  ruleCrashed: (id: string, why: string) => `规则 ${id} 运行出错，其结果不完整：${why}`,
  severity: { 2: '错误', 1: '警告', 3: '提示' } as Record<SeverityNumber, string>,
  count: (n: number) => `（${n}）`,
  time: (ms: number) => `用时 ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} 毫秒`,
  year: (y: number) => `${y} 年度`,
  template: { '2021': '2021 年版模板', '2019': '2019 年试行模板', pre2019: '2019 年以前的模板' } as Record<string, string>,
  tabText: '原文与问题',
  tabTables: '表格',
  allRules: '全部规则',
  ruleFilter: '规则',
  severityFilter: '级别',
  print: '打印',
  fix: '改正并下载',
  fixTitle: '把能自动改正的问题（如日期缺少的“年”“月”）改正，下载改正后的文本（编码与原文件相同），并重新检查',
  fixNone: '没有能自动改正的问题。',
  fixUnavailable: 'Word 和 PDF 文件不能自动改正，请在原文件中修改。',
  fixed: (n: number, name: string, encoding: string) => `已改正 ${n} 处，改正后的文本已下载为 ${name}（${encoding}），下面是改正后文本的检查结果。`,
  fixedFallback: (n: number, name: string) => `已改正 ${n} 处，改正后的文本已下载为 ${name}。改正用到的字符不能用 GBK 编码保存，所以改用 UTF-8（带 BOM）保存。`,
  fixedName: (stem: string, ext: string) => `${stem}（已改正）${ext}`,
  encodings: { 'utf-8': 'UTF-8 编码', 'utf-16le': 'UTF-16 编码', 'utf-16be': 'UTF-16 编码', gb18030: 'GBK 编码' } as Record<string, string>,
  docNone: '本页面没有这条规则的说明。',
  saveHtml: '保存结果（HTML）',
  saveJson: '保存结果（JSON）',
  noFindings: '没有发现问题。',
  noneShown: '当前筛选条件下没有问题。',
  ruleDocs: '规则说明',
  at: (line: number, column: number) => `第 ${line} 行第 ${column} 列`,
  unknownRule: '解析问题',
  close: '关闭',
  highlightTitle: '此处的问题',
  tablesNone: '没有从报告中读出标准表格。',
  table2: '表二 主动公开政府信息情况',
  table3: '表三 收到和处理政府信息公开申请情况',
  table4: '表四 政府信息公开行政复议、行政诉讼情况',
  tableLegacy: '附表 政府信息公开情况统计表',
  tableHint: '标出的单元格与某个问题有关；点击单元格查看问题。',
  item: (n: string) => `第二十条第（${n}）项`,
  content: '信息内容',
  label: '项目',
  unit: '单位',
  applicant: '申请人情况',
  legalPerson: '法人或其他组织',
  reviewHead: '行政复议',
  litigationHead: '行政诉讼',
  footer: '报告文本只作为文字显示，不会被当作网页执行。规则说明就在本页面中，不需要联网。',
  exportTitle: (name: string) => `检查结果：${name}`,
  exportedAt: '检查时间',
  file: '文件',
  findingsHead: ['级别', '位置', '规则', '说明', '原文'],
};

const en: typeof zh = {
  title: 'Government information disclosure report check',
  subtitle: 'Offline page: everything is checked in this browser; the report is never sent anywhere.',
  switchLang: '中文',
  placeholder: 'Paste the report here, or open or drop a .txt, .md, .html, .docx or .pdf file (UTF-8 or GBK)',
  open: 'Open file…',
  run: 'Check',
  dropHere: 'Drop the file to open it',
  sourcePasted: 'Source: pasted text',
  sourceFile: (name, what) => `Source: file ${name} (${what})`,
  docxLoaded: (name) => `Word document ${name} is open and was converted for checking. Paste text here to check that instead.`,
  pdfLoaded: (name) => `PDF ${name} is open; its text and tables were read out for checking, with the pages marked beside. Paste text here to check that instead.`,
  page: (n) => `page ${n}`,
  pdfProblem: (name, problem) =>
    ({
      scanned: `Cannot check ${name}: a scanned PDF has no text layer; provide a PDF with selectable text or a Word file`,
      encrypted: `Cannot read ${name}: the PDF is encrypted (password-protected); provide an unencrypted PDF or a Word file`,
      damaged: `Cannot read ${name}: not a valid PDF file; it may be damaged, truncated or merely renamed`,
      'too-many-pages': `Cannot check ${name}: the PDF has more pages than the limit`,
      'too-much-text': `Cannot check ${name}: the PDF holds more text than the limit`,
    })[problem],
  kinds: { txt: 'plain text', md: 'Markdown', html: 'HTML page', docx: 'Word document', pdf: 'PDF file' },
  empty: 'Paste the report text or open a file first.',
  unreadable: (name) => `Cannot read ${name}: it is neither UTF-8/UTF-16 nor GBK text, nor a Word document.`,
  failed: (why) => `The check failed: ${why}`,
  ruleCrashed: (id, why) => `Rule ${id} failed; its findings are incomplete: ${why}`,
  severity: { 2: 'Error', 1: 'Warning', 3: 'Info' },
  count: (n) => ` (${n})`,
  time: (ms) => `took ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`,
  year: (y) => `year ${y}`,
  template: { '2021': '2021 template', '2019': '2019 trial template', pre2019: 'pre-2019 template' },
  tabText: 'Text and findings',
  tabTables: 'Tables',
  allRules: 'All rules',
  ruleFilter: 'Rule',
  severityFilter: 'Severity',
  print: 'Print',
  fix: 'Fix and download',
  fixTitle: 'Fix what can be fixed automatically (such as dates missing 年 or 月), download the corrected text (in the file\'s own encoding) and check it again',
  fixNone: 'Nothing here can be fixed automatically.',
  fixUnavailable: 'Word and PDF files cannot be fixed automatically; correct the original file.',
  fixed: (n, name, encoding) => `Fixed ${n} place(s); the corrected text was downloaded as ${name} (${encoding}). Below are the findings of the corrected text.`,
  fixedFallback: (n, name) => `Fixed ${n} place(s); the corrected text was downloaded as ${name}. A character of the fixes cannot be written in GBK, so it was saved as UTF-8 (with a BOM).`,
  fixedName: (stem, ext) => `${stem}.fixed${ext}`,
  encodings: { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GBK' },
  docNone: 'This page has no explanation of this rule.',
  saveHtml: 'Save findings (HTML)',
  saveJson: 'Save findings (JSON)',
  noFindings: 'No problems found.',
  noneShown: 'No findings match the filters.',
  ruleDocs: 'About this rule',
  at: (line, column) => `line ${line}, column ${column}`,
  unknownRule: 'Parse problem',
  close: 'Close',
  highlightTitle: 'Findings here',
  tablesNone: 'No standard table was read from the report.',
  table2: 'Table 2: information disclosed proactively',
  table3: 'Table 3: requests received and handled',
  table4: 'Table 4: administrative review and litigation',
  tableLegacy: 'Appendix: disclosure statistics',
  tableHint: 'Marked cells take part in a finding; click a cell to see it.',
  item: (n) => `Article 20, item (${n})`,
  content: 'Content',
  label: 'Item',
  unit: 'Unit',
  applicant: 'Applicants',
  legalPerson: 'Legal persons and other organisations',
  reviewHead: 'Administrative review',
  litigationHead: 'Administrative litigation',
  footer: 'Report text is shown as text only and never run as a web page. The rules\' explanations are part of this page and need no network.',
  exportTitle: (name) => `Findings: ${name}`,
  exportedAt: 'Checked at',
  file: 'File',
  findingsHead: ['Severity', 'Place', 'Rule', 'Message', 'Text'],
};

export type Texts = typeof zh;

/** The page's words in a language. */
export function texts(lang: Lang): Texts {
  return pick({ zh, en }, localeOf(lang));
}

/** The lint locale of a page language. */
export function localeOf(lang: Lang): Locale {
  return lang === 'en' ? 'en' : 'zh-CN';
}

/** The CSS/attribute word of a severity number. */
export function severityName(severity: SeverityNumber): 'error' | 'warning' | 'info' {
  return severity === 2 ? 'error' : severity === 1 ? 'warning' : 'info';
}
