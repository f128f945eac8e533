// Benchmark 5: the JavaScript the first view loads (entry script and what it imports statically),
// gzipped, from a fresh production build.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fixed } from './measure.ts';

export function benchBundle(): string[] {
  const out = 'dist';
  execSync('npx vite build --logLevel error', { stdio: 'ignore' });
  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = initial.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(out, src.replace(/^\//, '')))).length, 0);
  return [`| initial JS of the build (${initial.length} files, gzip) | ${fixed(bytes / 1024, 1)} KB | target 150 KB | ${fixed(bytes / 1024 / 150, 2)}× |`];
}
