// Browser tests' global setup: build the app once on the fixture data and serve the build on a
// free localhost port; the tests get its address with inject('baseUrl').
import { freePort } from '../../src/cli/free-port.ts';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const OUT_DIR = 'test/output/dist';


export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  process.env.KANBAN_DATA = 'test/fixtures/dashboard';
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const port = await freePort();
  const server: PreviewServer = await preview({
    logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port, strictPort: true },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
