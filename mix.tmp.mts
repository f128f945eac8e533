import { extractReport as b } from '/tmp/kn/cur.mjs';
import { extractReport as t } from '/work/main/src/extract/index.ts';
import { generateReport } from '/work/main/src/cli/bench/generate-reports.ts';
const texts: string[] = []; let size = 0;
for (let seed = 1; size < 3e6; seed++) { const r = generateReport(seed, 12000); texts.push(r.text); size += Buffer.byteLength(r.text); }
const cpu = (f: any, a: number, e: number) => { const c = process.cpuUsage(); for (let k = a; k < e; k++) f({ reportId: 'b', text: texts[k] }); const u = process.cpuUsage(c); return u.user + u.system; };
const fs = [b, t]; for (const f of fs) { cpu(f, 0, texts.length); cpu(f, 0, texts.length); }
const tot = [0, 0];
for (let round = 0; round < 6; round++) for (let c = 0; c < texts.length; c += 10) { const e = Math.min(texts.length, c + 10); for (let j = 0; j < 2; j++) { const k = (j + round + c / 10) % 2; tot[k] += cpu(fs[k], c, e); } }
console.log('bundle', (6 * size / tot[0]).toFixed(2), 'MB/s; tsx', (6 * size / tot[1]).toFixed(2), 'MB/s');
