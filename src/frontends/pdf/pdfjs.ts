/**
 * Reading a PDF with Mozilla's PDF.js (pdfjs-dist), text and vector paths
 * only: no rendering, no canvas, no native module.
 *
 * pdfjs-dist is two modules: the parser ("worker", pdf.worker.mjs) and the
 * display layer (pdf.mjs), which talk through messages. The display layer
 * needs DOMMatrix, and in Node it loads the native @napi-rs/canvas package
 * to get one; it also costs a second large module at start-up. So this file
 * loads only the parser (its legacy build: Node 20 lacks some of what the
 * modern build uses) and speaks the parser's message protocol itself — the
 * few messages a text reader needs: open the document, get a page's text
 * content, get a page's operator list (for table rulings). The protocol is
 * that of the pinned pdfjs-dist version (see package.json); the PDF tests
 * exercise every message used here.
 *
 * The legacy build installs core-js polyfills on load. Those that add what
 * Node 20 lacks (Promise.withResolvers, Map.prototype.getOrInsertComputed…)
 * stay; those that replace a native function Node already has
 * (Array.prototype.push, JSON.parse, JSON.stringify — replaced for edge
 * cases of non-writable array lengths and JSON source text, which nothing
 * here relies on) are put back, since the JavaScript versions slow every
 * later push and JSON call in the process several times over.
 */

/** A run of text as PDF.js extracts it, in page coordinates (PDF points, y upwards). */
export interface TextItem {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  fontName: string;
  /** PDF.js saw the end of a line after this item. */
  hasEOL: boolean;
}

/** One page: its size and text; `ops` is its operator list (function ids and arguments). */
export interface PdfPage {
  /** Origin of the page box: text positions are relative to it already, path coordinates are not. */
  x0: number;
  y0: number;
  width: number;
  height: number;
  items: TextItem[];
}

export interface PdfOps {
  fnArray: number[];
  argsArray: unknown[];
}

export interface PdfDocument {
  numPages: number;
  page(index: number): Promise<PdfPage>;
  ops(index: number): Promise<PdfOps>;
  destroy(): void;
}

/** Why PDF.js refused a document. */
export class PdfOpenError extends Error {
  constructor(
    readonly kind: 'password' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

type Handler = { WorkerMessageHandler: { setup(handler: unknown, port: unknown): void } };
type Listener = (event: { data: Message }) => void;
interface Message {
  sourceName: string;
  targetName: string;
  action?: string;
  data?: any;
  callbackId?: number;
  callback?: number;
  reason?: any;
  stream?: number;
  streamId?: number;
  chunk?: any;
  success?: boolean;
  desiredSize?: number;
}

/** The version the protocol below was written against (GetDocRequest checks it). */
export const PDFJS_VERSION = '5.6.205';

const CALLBACK_DATA = 1;
const CALLBACK_ERROR = 2;
const STREAM = { CLOSE: 3, ENQUEUE: 4, ERROR: 5, START_COMPLETE: 8 } as const;
/** RenderingIntentFlag.DISPLAY | ANNOTATIONS_DISABLE: the page content only. */
const INTENT = 0x02 | 0x40;

let parser: Promise<Handler> | undefined;

/** Loads the PDF.js parser once (the import is literal so that bundlers include it). */
function loadParser(): Promise<Handler> {
  parser ??= (async () => {
    const natives = snapshotNatives();
    const module = (await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')) as unknown as Handler;
    restoreNatives(natives);
    return module;
  })();
  return parser;
}

const NATIVE_OWNERS = (): [object, string][] => [
  [Array.prototype, 'Array.prototype'],
  [JSON, 'JSON'],
  [Object, 'Object'],
  [String.prototype, 'String.prototype'],
  [Promise, 'Promise'],
  [Map.prototype, 'Map.prototype'],
  [Set.prototype, 'Set.prototype'],
  [Uint8Array.prototype, 'Uint8Array.prototype'],
];

function snapshotNatives(): Map<object, Map<PropertyKey, PropertyDescriptor>> {
  const saved = new Map<object, Map<PropertyKey, PropertyDescriptor>>();
  for (const [owner] of NATIVE_OWNERS()) {
    const props = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(owner)) props.set(key, Object.getOwnPropertyDescriptor(owner, key)!);
    saved.set(owner, props);
  }
  return saved;
}

/** Puts back every function that existed before and was replaced (added ones stay). */
function restoreNatives(saved: Map<object, Map<PropertyKey, PropertyDescriptor>>): void {
  for (const [owner, props] of saved) {
    for (const [key, before] of props) {
      const now = Object.getOwnPropertyDescriptor(owner, key);
      if (now && typeof before.value === 'function' && now.value !== before.value && now.configurable) Object.defineProperty(owner, key, before);
    }
  }
}

/** The message port both sides share: messages to the parser go on a microtask, ours are handled at once. */
class Port {
  private readonly listeners: Listener[] = [];
  constructor(private readonly mine: string, private readonly onMine: (m: Message) => void) {}
  addEventListener(_type: string, listener: Listener): void {
    this.listeners.push(listener);
  }
  removeEventListener(_type: string, listener: Listener): void {
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  }
  postMessage(message: Message): void {
    // The parser reuses the arrays of a chunk right after sending it: ours are read synchronously.
    if (message.targetName === this.mine) return this.onMine(message);
    queueMicrotask(() => {
      for (const l of [...this.listeners]) l({ data: message });
    });
  }
}

let documents = 0;

/**
 * Opens a PDF from its bytes (a private copy is made). Rejects with a
 * PdfOpenError when the file is encrypted with a password or is not a PDF
 * PDF.js can repair. `cMap` supplies the predefined CMaps (Adobe's .bcmap
 * files) that CJK fonts without embedded encodings need; without it such
 * text may be missing.
 */
export async function openPdf(bytes: Uint8Array, cMap?: (name: string) => Promise<Uint8Array>): Promise<PdfDocument> {
  const { WorkerMessageHandler } = await loadParser();
  const docId = `rl${++documents}`;
  const me = docId;
  const worker = `${docId}_worker`;
  const calls = new Map<number, { resolve: (v: any) => void; reject: (e: any) => void }>();
  const streams = new Map<number, { chunks: any[]; resolve: (chunks: any[]) => void; reject: (e: any) => void }>();
  let nextId = 1;
  let opened: { resolve: (n: number) => void; reject: (e: Error) => void } | undefined;

  const port: Port = new Port(me, (m) => {
    if (m.callback) {
      const call = calls.get(m.callbackId!);
      calls.delete(m.callbackId!);
      if (m.callback === CALLBACK_DATA) call?.resolve(m.data);
      else call?.reject(errorOf(m.reason));
      return;
    }
    if (m.stream) {
      const s = streams.get(m.streamId!);
      if (!s) return;
      if (m.stream === STREAM.ENQUEUE) s.chunks.push(copyChunk(m.chunk));
      else if (m.stream === STREAM.CLOSE) {
        streams.delete(m.streamId!);
        s.resolve(s.chunks);
      } else if (m.stream === STREAM.ERROR || (m.stream === STREAM.START_COMPLETE && !m.success)) {
        streams.delete(m.streamId!);
        s.reject(errorOf(m.reason));
      }
      return;
    }
    if (m.action === 'GetDoc') opened?.resolve(m.data.pdfInfo.numPages);
    else if (m.action === 'DocException') opened?.reject(openError(m.data));
    if (m.callbackId === undefined) return;
    // Requests from the parser: a password (none: refuse), CMap files; everything else gets no data.
    const reply = (data: unknown, failed?: unknown) =>
      port.postMessage({ sourceName: me, targetName: worker, callbackId: m.callbackId!, ...(failed ? { callback: CALLBACK_ERROR, reason: failed } : { callback: CALLBACK_DATA, data }) });
    if (m.action === 'PasswordRequest') reply(null, { name: 'PasswordException', message: 'password', code: 1 });
    else if (m.action === 'FetchBinaryData' && m.data?.kind === 'cMapUrl' && cMap) {
      cMap(String(m.data.filename)).then((data) => reply(data), (e) => reply(null, { name: 'UnknownErrorException', message: String(e?.message ?? e) }));
    } else if (m.action === 'FetchBinaryData') reply(null, { name: 'UnknownErrorException', message: 'not available' });
    else reply(null);
  });

  const send = (action: string, data: unknown) =>
    new Promise<any>((resolve, reject) => {
      const callbackId = nextId++;
      calls.set(callbackId, { resolve, reject });
      port.postMessage({ sourceName: me, targetName: worker, action, callbackId, data });
    });
  const stream = (action: string, data: unknown) =>
    new Promise<any[]>((resolve, reject) => {
      const streamId = nextId++;
      streams.set(streamId, { chunks: [], resolve, reject });
      port.postMessage({ sourceName: me, targetName: worker, action, streamId, data, desiredSize: Number.MAX_SAFE_INTEGER });
    });

  // The parser's set-up handler only registers actions; GetDocRequest starts the document's own handler.
  const setup: Record<string, (data: any) => unknown> = {};
  WorkerMessageHandler.setup({ on: (action: string, fn: (data: any) => unknown) => (setup[action] = fn), send() {} }, port);
  // Errors only: PDF.js writes its warnings with console.log, which would mix with the CLI's output.
  setup.configure?.({ verbosity: 0 });
  const pages = new Promise<number>((resolve, reject) => (opened = { resolve, reject }));
  setup.GetDocRequest!({
    docId,
    apiVersion: PDFJS_VERSION,
    data: new Uint8Array(bytes), // a copy with its own buffer (a Node Buffer may be a view into a shared pool)
    password: null,
    disableAutoFetch: false,
    rangeChunkSize: 65536,
    length: bytes.length,
    docBaseUrl: null,
    enableXfa: false,
    evaluatorOptions: {
      maxImageSize: 1, // images are never decoded: a text reader does not need their pixels
      disableFontFace: true,
      ignoreErrors: true,
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      canvasMaxAreaInBytes: -1,
      fontExtraProperties: false,
      useSystemFonts: false,
      useWasm: false,
      useWorkerFetch: false,
      cMapUrl: null,
      cMapPacked: true,
      iccUrl: null,
      standardFontDataUrl: null,
      wasmUrl: null,
      prepareWebGPU: null,
    },
  });
  port.postMessage({ sourceName: me, targetName: worker, action: 'Ready', data: null });
  const numPages = await pages;
  const views = new Map<number, Promise<{ view: number[] }>>();
  const view = (index: number) => {
    if (!views.has(index)) views.set(index, send('GetPage', { pageIndex: index }));
    return views.get(index)!;
  };

  return {
    numPages,
    async page(index) {
      const [{ view: box }, chunks] = await Promise.all([
        view(index),
        stream('GetTextContent', { pageId: index, pageIndex: index, includeMarkedContent: false, disableNormalization: false }),
      ]);
      const [x0, y0, x1, y1] = box as [number, number, number, number];
      const items: TextItem[] = [];
      for (const chunk of chunks) {
        for (const it of chunk.items ?? []) {
          if (typeof it.str !== 'string') continue;
          const [a, b, , d, e, f] = it.transform as number[];
          items.push({ str: it.str, x: e! - x0, y: f! - y0, width: it.width, size: Math.hypot(d!, b!) || Math.abs(a!), fontName: it.fontName, hasEOL: !!it.hasEOL });
        }
      }
      return { x0, y0, width: x1 - x0, height: y1 - y0, items };
    },
    async ops(index) {
      await view(index);
      const chunks = await stream('GetOperatorList', { pageId: index, pageIndex: index, intent: INTENT, cacheKey: `ops${index}`, annotationStorage: null, modifiedIds: null });
      const fnArray: number[] = [];
      const argsArray: unknown[] = [];
      for (const c of chunks) {
        for (let i = 0; i < c.length; i++) {
          fnArray.push(c.fnArray[i]);
          argsArray.push(c.argsArray[i]);
        }
      }
      return { fnArray, argsArray };
    },
    destroy() {
      port.postMessage({ sourceName: me, targetName: worker, action: 'Terminate', callbackId: nextId++, data: null });
    },
  };
}

/** Shallow copies of the arrays the parser reuses after sending a chunk. */
function copyChunk(chunk: any): any {
  if (chunk && Array.isArray(chunk.fnArray)) return { ...chunk, fnArray: chunk.fnArray.slice(0, chunk.length), argsArray: chunk.argsArray.slice(0, chunk.length) };
  if (chunk && Array.isArray(chunk.items)) return { ...chunk, items: chunk.items.slice() };
  return chunk;
}

function errorOf(reason: any): Error {
  if (reason?.name === 'PasswordException') return new PdfOpenError('password', String(reason.message));
  if (reason?.name === 'InvalidPDFException') return new PdfOpenError('invalid', String(reason.message));
  return new Error(String(reason?.message ?? reason));
}

function openError(reason: any): Error {
  if (reason?.name === 'PasswordException') return new PdfOpenError('password', String(reason.message));
  return new PdfOpenError('invalid', String(reason?.message ?? reason));
}

