import { benchBrowser } from './bench/browser.ts';
console.log((await benchBrowser([], 1, process.argv.slice(2).map(Number))).join('\n'));
