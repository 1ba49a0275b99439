/**
 * Loading the big parser packages (unified with remark or rehype) only when
 * a report needs them, so a run over plain-text reports never loads them.
 *
 * A front end asks for its parser synchronously (parseReport is synchronous).
 * The CLI awaits `loadFrontEnd(format)` (registry.ts) first, which loads the
 * packages with dynamic import(); any other caller gets them through
 * require() on first use (see require.ts).
 */
import { requirePackage } from '../require.js';

/** A parser that turns source text into a syntax tree (unified's `parse`). */
export interface TreeParser {
  parse(text: string): unknown;
}

type Unified = typeof import('unified');
/** A unified plugin package (remark-parse, remark-gfm, rehype-parse): its default export. */
type Plugin = { default: unknown };

const parsers: { md?: TreeParser; html?: TreeParser } = {};

/** Builds the unified processor for a format from its loaded packages. */
function build(unified: Unified, plugins: Plugin[]): TreeParser {
  const processor = unified.unified();
  for (const plugin of plugins) processor.use(plugin.default as never);
  return processor;
}

/** The plugin packages of each format, in the order they are used. */
const PACKAGES = {
  md: ['remark-parse', 'remark-gfm'],
  html: ['rehype-parse'],
} as const;

/** Loads the packages of a parser; safe to call repeatedly. */
export async function loadParser(kind: 'md' | 'html'): Promise<void> {
  if (parsers[kind]) return;
  const [unified, ...plugins] = await Promise.all([import('unified'), ...IMPORTS[kind]()]);
  parsers[kind] ??= build(unified, plugins);
}

/** The plugins' dynamic imports, written out so that bundlers (esbuild for the web page) see and include them. */
const IMPORTS: Record<'md' | 'html', () => Promise<Plugin>[]> = {
  md: () => [import('remark-parse'), import('remark-gfm')],
  html: () => [import('rehype-parse')],
};

/** The parser for markdown or HTML, loading its packages synchronously when nobody preloaded them. */
export function treeParser(kind: 'md' | 'html'): TreeParser {
  const loaded = parsers[kind];
  if (loaded) return loaded;
  const unified = requirePackage<Unified>('unified');
  const plugins = PACKAGES[kind].map((name) => requirePackage<Plugin>(name));
  return (parsers[kind] = build(unified, plugins));
}
