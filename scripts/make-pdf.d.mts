/** Types of scripts/make-pdf.mjs (for the TypeScript that imports it: the accuracy lab). */
export type Engine = 'libreoffice' | 'chromium';

export function hasEngine(engine: Engine): boolean;
export function engineVersion(engine: Engine): string | undefined;
export function toPdf(input: string, output: string, options?: { engine?: Engine; password?: string }): string;
export function libreofficeMany(inputs: string[], outDir: string): Promise<string[]>;
export function chromiumMany(pages: { input: string; output: string; date: string; url: string }[]): Promise<void>;
export function scannedPdf(input: string, output: string, options?: { pages?: number; dpi?: number }): string;
