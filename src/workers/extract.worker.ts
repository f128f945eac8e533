// Extracts one report file off the main thread: a File (or Blob) in, the extractor's result or the
// reason it was refused out. The same sequence as the CLI: size check, bytes, extractReportFile.
import { extractReportFile } from '../data/extract-file.ts';
import { sizeRefusal } from '../data/read-report.ts';
import type { ExtractReply, ExtractRequest } from './extract-client.ts';

self.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  const { id, name, file } = event.data;
  let reply: ExtractReply;
  try {
    const tooLarge = sizeRefusal(name, file.size);
    reply = tooLarge
      ? { id, ok: false, reason: tooLarge.reason }
      : { id, ...(await extractReportFile(name, new Uint8Array(await file.arrayBuffer()))) };
  } catch (error) {
    reply = { id, ok: false, reason: `${name}: ${error instanceof Error ? error.message : String(error)}` };
  }
  self.postMessage(reply);
};
