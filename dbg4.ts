import { readFileSync } from 'node:fs';
import { analyse } from './src/lint.js';
import { extractRecord } from './src/extract/record.js';
for (const file of process.argv.slice(2)) {
  const r = extractRecord(file, analyse({ filePath: file, text: readFileSync(file, 'utf8') }));
  const by = new Map<string, number>();
  for (const u of r.uncertain) by.set(`${u.table}:${u.row}`, (by.get(`${u.table}:${u.row}`) ?? 0) + 1);
  console.log(file.split('/').pop(), JSON.stringify([...by]), r.uncertain[0]?.note.split('\n')[0]);
}
