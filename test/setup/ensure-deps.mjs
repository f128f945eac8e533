// npm test's "pretest": installs what the tests need and a fresh machine lacks, saying what it does.
// - node_modules (npm ci) when it is missing;
// - Debian's Chromium for the browser tests (playwright-core drives /usr/bin/chromium; no browser download);
// - a Chinese font, so screenshots and exported PNGs show 汉字 rather than boxes.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command) => {
  console.log(`[ensure-deps] ${command}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
const hasChineseFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
};

if (!existsSync('node_modules')) run('npm ci');

const packages = [];
if (!existsSync('/usr/bin/chromium')) packages.push('chromium');
if (!hasChineseFont()) packages.push('fonts-wqy-microhei');
if (packages.length) {
  if (process.getuid?.() !== 0) {
    console.error(`[ensure-deps] missing: ${packages.join(' ')}; run as root: apt-get update && apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
  run('apt-get update');
  run(`apt-get install -y ${packages.join(' ')}`);
}
console.log('[ensure-deps] ok: node_modules, /usr/bin/chromium, a Chinese font');
