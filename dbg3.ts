import { loadFrontEnd } from './src/frontends/registry.js';
import { treeParser } from './src/frontends/lazy.js';
await loadFrontEnd('md');
const text = '如对本报告有疑问（www.licheng.gov.cn）查阅。\n';
console.log(JSON.stringify(treeParser('md').parse(text), (k, v) => (k === 'position' ? (v ? `${v.start.offset}-${v.end.offset}` : v) : v), 1));
