// The user's own reports (src/data/user-store.ts) as one cached query, and the changes to them:
// each change shows at once (the cache) and is then written to the store.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { userStore, type UserReport } from '../../../data/user-store.ts';
import { forgetUploads } from '../../upload/api/user-uploads-query.ts';

export interface UserReports {
  reports: UserReport[]; // in order of arrival
  persistent: boolean; // false: IndexedDB is unavailable, the reports last for this session only
}

async function fetchUserReports(): Promise<UserReports> {
  const store = await userStore();
  return { reports: await store.list(), persistent: store.persistent };
}

export const userReportsQuery = () => queryOptions({
  queryKey: ['user-reports'],
  queryFn: fetchUserReports,
  staleTime: Infinity,
});

export const useUserReports = () => useQuery(userReportsQuery());

const key = userReportsQuery().queryKey;

function update(client: QueryClient, change: (reports: UserReport[]) => UserReport[]): void {
  client.setQueryData(key, (data) => {
    const current = data ?? { reports: [], persistent: true };
    return { ...current, reports: change(current.reports) };
  });
}

/** Saves reports (new ones or new versions of stored ones, by report_id). */
export async function saveUserReports(client: QueryClient, reports: readonly UserReport[]): Promise<void> {
  const byId = new Map(reports.map((report) => [report.id, report]));
  update(client, (list) => {
    const kept = list.map((report) => byId.get(report.id) ?? report);
    const known = new Set(list.map((report) => report.id));
    return [...kept, ...reports.filter((report) => !known.has(report.id))].sort((a, b) => a.seq - b.seq);
  });
  const store = await userStore();
  for (const report of reports) await store.put(report);
}

export async function removeUserReport(client: QueryClient, id: string): Promise<void> {
  update(client, (list) => list.filter((report) => report.id !== id));
  await (await userStore()).remove(id);
}

/** Clears the user's data: reports, and the CSVs loaded on the page (user-uploads-query.ts). */
export async function clearUserReports(client: QueryClient): Promise<void> {
  // the page shows them gone once the browser has them gone: a reload then cannot bring any back
  await (await userStore()).clear();
  update(client, () => []);
  forgetUploads(client);
}
