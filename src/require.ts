/**
 * Synchronous loading of a package on first use, for code that must stay
 * synchronous (parsing, rules) without importing the package up front, so
 * runs that never need it do not pay for loading it. Uses Node's require,
 * which loads ES modules too (Node ≥ 20.19). Outside Node (a browser build)
 * there is no require: it throws, and the package must be loaded beforehand
 * (see loadFrontEnd in frontends/registry.ts).
 */
export function requirePackage<T>(name: string): T {
  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module');
  if (!nodeModule) throw new Error(`${name} is not loaded: load it with import() before use`);
  return nodeModule.createRequire(import.meta.url)(name) as T;
}
