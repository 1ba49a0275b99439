import { readFileSync } from 'node:fs';
import { loadFrontEnd } from './src/frontends/registry.js';
import { FRONT_ENDS, formatOf } from './src/frontends/registry.js';
await loadFrontEnd('md'); await loadFrontEnd('html');
const file = process.argv[2]!;
const units = FRONT_ENDS[formatOf(file)].units(readFileSync(file, 'utf8'));
for (const u of units.slice(0, Number(process.argv[3] ?? 20))) console.log(u.kind === 'row' ? 'ROW ' + u.cells.map((c) => c.value).join(' | ') : u.kind === 'sep' ? 'SEP' : 'TEXT ' + JSON.stringify(u.value.slice(0, 80)) + (u.block ? ' block' : '') + (u.segments ? ' seg' + u.segments.length : ''));
