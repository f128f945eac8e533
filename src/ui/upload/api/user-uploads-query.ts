// The CSVs the user loaded on the page, kept in the browser (src/data/user-store.ts) as the reviewed
// reports are, until "清除我的数据": each file's bytes are stored and parsed again after a reload, with
// the place and year the user gave the reports it names that no reports.csv describes.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { LoadedFile } from '../../../data/load-csv.ts';
import type { ReportRow } from '../../../data/schema.ts';
import { userStore, type StoredUpload } from '../../../data/user-store.ts';
import { parseCsv } from '../../../workers/parse-client.ts';

export interface UserUpload extends StoredUpload {
  file: LoadedFile;
}

async function fetchUploads(): Promise<UserUpload[]> {
  const stored = await (await userStore()).uploads();
  const parsed: UserUpload[] = [];
  // a stored file that cannot be parsed any more is left out, not fatal
  for (const upload of stored) {
    try {
      parsed.push({ ...upload, file: await parseCsv({ file: upload.bytes }) });
    } catch {
      // it stays stored; removing it or clearing the user's data removes it
    }
  }
  return parsed;
}

export const userUploadsQuery = () => queryOptions({ queryKey: ['user-uploads'], queryFn: fetchUploads, staleTime: Infinity });

export const useUserUploads = () => useQuery(userUploadsQuery());

const key = userUploadsQuery().queryKey;

function update(client: QueryClient, change: (uploads: UserUpload[]) => UserUpload[]): UserUpload[] {
  const next = change(client.getQueryData(key) ?? []);
  client.setQueryData(key, next);
  return next;
}

const stored = ({ file: _file, ...upload }: UserUpload): StoredUpload => upload;

/** Keeps a loaded file (a file of the same name replaces the earlier one, keeping the places named for it). */
export async function saveUpload(client: QueryClient, name: string, bytes: Blob, file: LoadedFile): Promise<void> {
  let saved: UserUpload | undefined;
  update(client, (list) => {
    const earlier = list.find((upload) => upload.name === name);
    saved = { name, bytes, file, seq: earlier?.seq ?? Math.max(-1, ...list.map((upload) => upload.seq)) + 1, places: earlier?.places ?? [] };
    return [...list.filter((upload) => upload.name !== name), saved].sort((a, b) => a.seq - b.seq);
  });
  await (await userStore()).putUpload(stored(saved!));
}

export async function removeUpload(client: QueryClient, name: string): Promise<void> {
  update(client, (list) => list.filter((upload) => upload.name !== name));
  await (await userStore()).removeUpload(name);
}

/** The place and year the user gave a report of an uploaded file (a later one for the same report_id replaces it). */
export async function nameUploadReport(client: QueryClient, name: string, report: ReportRow): Promise<void> {
  const next = update(client, (list) => list.map((upload) => (upload.name !== name ? upload
    : { ...upload, places: [...upload.places.filter((row) => row.report_id !== report.report_id), report] })));
  const changed = next.find((upload) => upload.name === name);
  if (changed) await (await userStore()).putUpload(stored(changed));
}

/** After "清除我的数据" (the store is cleared with the reports). */
export const forgetUploads = (client: QueryClient) => void update(client, () => []);
