// A helper thread of the loading benchmark (load-child.ts): reads the blocks it is sent, as a helper
// Web Worker does in the page (workers/parse.worker.ts), and answers by transfer.
import { parentPort } from 'node:worker_threads';
import { loadFigureBlock, type FigureBlockJob } from '../../data/figure-block.ts';
import { blockTransferables } from '../../data/load-blocks.ts';

parentPort!.on('message', (job: FigureBlockJob | 'ready') => {
  if (job === 'ready') return parentPort!.postMessage('ready');
  const block = loadFigureBlock(job);
  parentPort!.postMessage(block, blockTransferables(block));
});
