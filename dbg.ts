import { readFileSync } from 'node:fs';
import { loadFrontEnd } from './src/frontends/registry.js';
import { analyse } from './src/lint.js';
await loadFrontEnd('md'); await loadFrontEnd('html');
const file = process.argv[2]!;
const r = analyse({ filePath: file, text: readFileSync(file, 'utf8') });
const show = (b: any, d = 0): void => {
  const pad = '  '.repeat(d);
  if (b.type === 'section') { console.log(pad + 'SECTION ' + b.heading.value); b.children.forEach((c: any) => show(c, d + 1)); }
  else if (b.type === 'table') { console.log(pad + 'TABLE'); for (const row of b.children) console.log(pad + '  | ' + row.children.map((c: any) => c.value + (c.uncertain ? '?' : '')).join(' | ')); }
  else console.log(pad + (b.role ? '[' + b.role + '] ' : '') + 'P ' + b.value.slice(0, 100));
};
if (process.argv[3] !== 'q') r.root.children.forEach((b: any) => show(b));
console.log(JSON.stringify({ ...r.root.data, title: r.root.data.title?.value, period: r.root.data.period?.raw }));
