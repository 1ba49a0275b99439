/**
 * The common way text layouts write a report: frame lines, headings,
 * paragraphs and tables, each layout choosing separators and a table style.
 */
import type { Rng } from '../prng.js';
import { sentenceText, type Block, type ParaBlock, type ReportTruth, type TableBlock } from '../truth/types.js';
import { putSentences, sentenceIds } from './common.js';
import { Writer, type Piece } from './types.js';

export interface TextStyle {
  /** Between blocks (paragraphs, headings, tables). */
  blockSep: string;
  /** Before every line of text (indented layouts). */
  indent?: string;
  /** How a heading is written; default: its text. */
  heading?: (text: string, level: 1 | 2) => string;
  /** Sub-headings run into their paragraph ("（一）主动公开情况。2022年…"). */
  inlineSubheadings?: boolean;
  /** The page header line around the publication date. */
  meta?: (w: Writer, p: ParaBlock, rng: Rng) => void;
  /** Lines before the title (breadcrumbs, accessibility links). */
  chrome?: (w: Writer, rng: Rng) => void;
  /** Lines after the report (share/print controls). */
  footer?: (w: Writer, rng: Rng) => void;
  /** Leaves out the signature and date lines (pages that print them in the header only). */
  noSignature?: boolean;
  /** The title is written by the chrome (page fields) instead of as the first line. */
  noTitle?: boolean;
  /** How a body paragraph is written; default: its sentences run together. */
  para?: (w: Writer, p: ParaBlock, rng: Rng) => void;
  table(w: Writer, t: TableBlock, rng: Rng): void;
}

/** Writes a report in a text style. */
export function writeText(truth: ReportTruth, rng: Rng, style: TextStyle): Piece[] {
  const w = new Writer();
  const sep = style.blockSep;
  const indent = style.indent ?? '';
  style.chrome?.(w, rng);
  const blocks = truth.doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b: Block = blocks[i]!;
    if (b.kind === 'para' && (b.role === 'signature' || b.role === 'date') && style.noSignature) continue;
    if (b.kind === 'para' && b.role === 'title' && style.noTitle) continue;
    if (b.kind === 'para' && b.role === 'meta') {
      if (style.meta) {
        style.meta(w, b, rng);
        w.put(sep);
      }
      continue;
    }
    if (b.kind === 'heading') {
      const next = blocks[i + 1];
      if (b.level === 2 && style.inlineSubheadings && next?.kind === 'para') {
        w.put(indent).put(`${b.text}。`, b.id);
        continue;
      }
      w.put(indent).put(style.heading ? style.heading(b.text, b.level) : b.text, b.id).put(sep);
      continue;
    }
    if (b.kind === 'para') {
      w.put(indent);
      if (style.para && !b.role) style.para(w, b, rng);
      else putSentences(w, b);
      w.put(sep);
      continue;
    }
    style.table(w, b, rng);
  }
  style.footer?.(w, rng);
  return w.pieces;
}

/** The page header line as portals print it ("发布时间：2023-01-19 来源：…"), with a few site words. */
export function metaLine(w: Writer, p: ParaBlock, rng: Rng, tail = true): void {
  for (const s of p.sentences) w.put(sentenceText(s), ...sentenceIds(p, s));
  if (tail) w.put(rng.pick(['  字号：[ 大 中 小 ]', ' 选择阅读字号:[ 大 中 小 ] 阅读次数:', '  浏览次数：', '  【打印】【关闭】', '']));
}

/** Full-width punctuation as half-width, character for character (many portals store text so). */
export function halfWidth(pieces: Piece[]): Piece[] {
  const map: Record<string, string> = { '（': '(', '）': ')', '：': ':', '，': ',', '；': ';' };
  return pieces.map((p) => ({ ...p, text: p.text.replace(/[（）：，；]/g, (c) => map[c]!) }));
}

/** Writes the title (with its ids) where a layout wants it. */
export function putTitle(w: Writer, truth: ReportTruth): void {
  const p = truth.doc.blocks.find((b): b is ParaBlock => b.kind === 'para' && b.role === 'title')!;
  putSentences(w, p);
}
