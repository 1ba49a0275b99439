/**
 * PDF files proper, made the way offices make them: the lab's Word file
 * exported by LibreOffice; its HTML page opened in LibreOffice Writer and
 * exported; the HTML page printed by Chromium with the browser's header and
 * footer, its tables ruled (border=1, as the template's tables are) or
 * without ruling lines (a page whose tables have no border). The product
 * reads them through its PDF front end; the places are found in the text it
 * reads (pdf-places.ts).
 *
 * The programs are slow and may be missing: the layouts print in batches
 * through one cached Printer (printer.ts), run on the first --pdf-count
 * reports only, and are skipped with a note when their program is missing.
 */
import type { Rng } from '../prng.js';
import type { ReportTruth } from '../truth/types.js';
import { locatePdfText, readingOrder } from './pdf-places.js';
import { printer as defaultPrinter, type Engine, type Printer, type PrintJob } from './printer.js';
import type { Draft, Layout } from './types.js';
import { joinPieces } from './types.js';
import { htmlPage } from './web.js';
import { docx } from './word.js';

/** The date a person printed the page on (a few days to weeks after publication), as the browser's header shows it. */
function printDate(truth: ReportTruth, rng: Rng): string {
  const d = new Date(`${truth.published}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + rng.int(1, 60));
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${rng.int(8, 17)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
}

/** The page's address, as the browser's footer shows it. */
const pageUrl = (truth: ReportTruth, rng: Rng) => `http://${truth.agency.site}/zwgk/zfxxgknb/${truth.year + 1}${String(rng.int(1, 12)).padStart(2, '0')}/t${rng.int(10_000_000, 99_999_999)}.html`;

interface Source {
  job: Omit<PrintJob, 'engine'>;
  /** Whether the file shows the page header line (发布时间…): the HTML page does, the Word file does not. */
  meta: boolean;
}

/** A PDF layout: a source file made from the report, printed by `engine`. */
function printed(name: string, engine: Engine, description: string, source: (truth: ReportTruth, rng: Rng) => Promise<Source> | Source, printer: Printer): Layout {
  return {
    name,
    family: 'pdf-file',
    description,
    batch: printer,
    setup: async () => printer.check(engine),
    async render(truth, rng): Promise<Draft> {
      const { job, meta } = await source(truth, rng);
      const out = await printer.print({ ...job, engine });
      const order = readingOrder(truth, { meta });
      return {
        kind: 'binary',
        ext: 'pdf',
        bytes: 'bytes' in out ? out.bytes : new Uint8Array(0),
        locate: (text) => locatePdfText(text, order),
        source: { ext: job.ext, bytes: job.source },
        ...('problem' in out ? { problem: out.problem } : {}),
      };
    },
  };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The HTML page of html-rowspan (editor or Word-exported HTML), ruled or not. */
function page(ruled: boolean, withPrint: boolean) {
  return (truth: ReportTruth, rng: Rng): Source => {
    const html = joinPieces(htmlPage(truth, rng, { word: rng.chance(0.4), blankZeros: false, ruled }).pieces).text;
    return { job: { ext: 'html', source: utf8(html), ...(withPrint ? { date: printDate(truth, rng), url: pageUrl(truth, rng) } : {}) }, meta: true };
  };
}

/** The PDF layouts, printing with `printer` (a Printer of its own in tests). */
export function printedLayouts(printer: Printer = defaultPrinter): Layout[] {
  return [
    printed('pdf-docx-libreoffice', 'libreoffice', 'the Word rendering (docx) exported to PDF by LibreOffice: ruled tables with merged header cells', async (truth) => ({ job: { ext: 'docx', source: (await docx(truth)).bytes }, meta: false }), printer),
    printed('pdf-html-libreoffice', 'libreoffice', 'the HTML page (html-rowspan) opened in LibreOffice Writer and exported to PDF: ruled tables', page(true, false), printer),
    printed('pdf-html-chromium', 'chromium', 'the HTML page printed by Chromium with its header (date, page title) and footer (address, page/pages): tables ruled (border=1)', page(true, true), printer),
    printed('pdf-html-chromium-borderless', 'chromium', 'the HTML page printed by Chromium, its tables without ruling lines (no border), as pages that style none give them', page(false, true), printer),
  ];
}
