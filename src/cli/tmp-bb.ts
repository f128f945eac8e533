import { benchBrowser } from './bench/browser.ts';
const sizes = process.argv.slice(2).map(Number);
console.log((await benchBrowser(sizes, 1)).join('\n'));
