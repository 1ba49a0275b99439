/**
 * The browser's stand-in for src/require.ts (scripts/build-web.mjs swaps it
 * in when bundling the page). The engine loads a few big packages
 * synchronously on first use (remark/rehype for markdown and HTML, OpenCC's
 * dictionaries, string-width); in Node that is
 * require(), here each name maps to a require() that esbuild bundles, so the
 * package is in the page but only evaluated when first asked for.
 */
export function requirePackage<T>(name: string): T {
  switch (name) {
    case 'unified':
      return require('unified') as T;
    case 'remark-parse':
      return require('remark-parse') as T;
    case 'remark-gfm':
      return require('remark-gfm') as T;
    case 'rehype-parse':
      return require('rehype-parse') as T;
    case 'opencc-js/t2cn':
      return require('opencc-js/t2cn') as T;
    case 'opencc-js/cn2t':
      return require('opencc-js/cn2t') as T;
    default:
      // Not in the page (string-width: display widths fall back to counting code points).
      throw new Error(`${name} is not part of the offline page`);
  }
}
