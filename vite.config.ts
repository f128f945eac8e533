// Build, dev server and tests. The dashboard's data is a folder served at /data/: ./data by
// default, or the folder named by KANBAN_DATA (the browser tests use test/fixtures/dashboard).
import { cpSync, createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const DATA_FILES = ['indicators.csv', 'reports.csv'];
/** Data files from this size on are also written gzipped by the build, and served so. */
const GZIP_FROM_BYTES = 1 << 20;

/** Where report texts are found: the data folder's reports/ (a user's own folder), then the shared
 *  corpus beside the repository, read in place when it is there (the project commits no report text).
 *  KANBAN_TEXTS=none (or KANBAN_NO_SHARED=1, as the tests use it) leaves the corpus out, as on a clone with nothing beside it. */
function textFolders(root: string): string[] {
  const corpus = resolve('..', 'shared', 'corpus');
  const shared = process.env.KANBAN_TEXTS === 'none' || process.env.KANBAN_NO_SHARED || !existsSync(corpus) ? []
    : ['seeds', 'dev', 'dev2', 'library'].map((set) => join(corpus, set, 'reports'));
  return [join(root, 'reports'), ...shared].filter((folder) => existsSync(folder));
}

/** Serves the data folder at /data/ in dev, copies it into the build, and writes data/index.json
 *  (which files exist: the app asks for nothing that is not there, so no 404 in the console; and
 *  their sizes, for the progress bar when a file comes gzipped). */
function kanbanData(dir: string): Plugin {
  const root = resolve(dir);
  /** report text file name → its path (the first folder that has it wins) */
  const textFiles = () => {
    const files = new Map<string, string>();
    for (const folder of textFolders(root)) {
      for (const name of readdirSync(folder)) if (name.endsWith('.txt') && !files.has(name)) files.set(name, join(folder, name));
    }
    return files;
  };
  const texts = () => [...textFiles().keys()];
  const size = (name: string) => (existsSync(join(root, name)) ? statSync(join(root, name)).size : 0);
  const index = () => JSON.stringify({
    indicators: existsSync(join(root, 'indicators.csv')),
    reports: existsSync(join(root, 'reports.csv')),
    texts: texts().map((name) => name.slice(0, -'.txt'.length)),
    sizes: { indicators: size('indicators.csv'), reports: size('reports.csv') },
  });
  let outDir = 'dist';
  return {
    name: 'kanban-data',
    configureServer(server) {
      server.middlewares.use('/data/', (request, response, next) => {
        const path = normalize(decodeURIComponent((request.url ?? '').split('?')[0] ?? '')).replace(/^[/\\]+/, '');
        if (path === 'index.json') return void response.setHeader('Content-Type', 'application/json').end(index());
        const text = /^reports\/[^/\\]+\.txt$/.test(path) ? textFiles().get(path.slice('reports/'.length)) : undefined;
        const file = text ?? join(root, path);
        if ((!text && !file.startsWith(root)) || !existsSync(file)) return next();
        response.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8');
        response.end(readFileSync(file));
      });
    },
    async writeBundle(options) {
      const out = join(options.dir ?? 'dist', 'data');
      mkdirSync(join(out, 'reports'), { recursive: true });
      for (const name of DATA_FILES) {
        if (!existsSync(join(root, name))) continue;
        cpSync(join(root, name), join(out, name));
        // compressed once here rather than on every request (270 MB of CSV for 2 million rows is 43 MB gzipped)
        if (size(name) >= GZIP_FROM_BYTES) await pipeline(createReadStream(join(root, name)), createGzip({ level: 6 }), createWriteStream(join(out, `${name}.gz`)));
      }
      for (const [name, file] of textFiles()) cpSync(file, join(out, 'reports', name));
      writeFileSync(join(out, 'index.json'), index());
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // The preview's own compression would gzip a data file anew on every request (seconds of CPU for
    // millions of rows, and no Content-Length): the CSVs are served as built, gzipped when the build wrote that.
    configurePreviewServer(server) {
      server.middlewares.use('/data/', (request, response, next) => {
        const name = (request.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        const file = join(outDir, 'data', name);
        if (!DATA_FILES.includes(name) || !existsSync(file)) return next();
        const gzipped = existsSync(`${file}.gz`) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        const sent = gzipped ? `${file}.gz` : file;
        response.setHeader('Content-Type', 'text/csv; charset=utf-8');
        response.setHeader('Content-Length', statSync(sent).size);
        response.setHeader('Vary', 'Accept-Encoding');
        response.setHeader('Cache-Control', 'no-cache');
        if (gzipped) response.setHeader('Content-Encoding', 'gzip');
        if (request.method === 'HEAD') return void response.end();
        createReadStream(sent).pipe(response);
      });
    },
  };
}

// The built page's Content-Security-Policy: scripts, styles, data and workers from our own origin
// only, no inline script, nothing embedded or posted elsewhere. Style attributes stay allowed
// (style-src-attr) for the chart library's SVG; images may be blob:/data: for the PNG export.
// Only in the build: the dev server's hot reload needs an inline script.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:", "worker-src 'self'", "connect-src 'self'", "object-src 'none'",
  "base-uri 'self'", "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kanban-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), kanbanData(process.env.KANBAN_DATA ?? 'data'), contentSecurityPolicy()],
  publicDir: false,
  worker: { format: 'es' },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/serve-app.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
