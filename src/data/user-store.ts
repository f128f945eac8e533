// The user's own reports, kept in the browser (IndexedDB) so they survive a reload: each report the
// user had extracted, as the extractor gave it and as the user reviewed it, and what of it was added
// to the dashboard. Plain IndexedDB, one object store keyed by report_id; where IndexedDB cannot be
// opened (a private window that forbids it) the reports are kept in memory for the session.
import type { IndicatorRow, ReportRow } from './schema.ts';

/** A row as reviewed: `from` is its index among the extractor's rows, null for a row the user added. */
export interface ReviewRow {
  row: IndicatorRow;
  from: number | null;
}

/** The rule of a row a person changed (the contract leaves the rule empty for a row a person added). */
export const MANUAL_RULE = 'manual';

/** What the dashboard shows of a report: its report row and indicator rows at the time they were added. */
export interface DashboardPart {
  report: ReportRow;
  rows: IndicatorRow[];
}

export interface UserReport {
  id: string; // report_id
  origin: 'user'; // the user's own, beside the embedded data (not a CSV column)
  seq: number; // order of arrival: the export's order
  fileName: string;
  cleaned: string; // the text every row's start/end refers to
  notes: string[]; // how the extractor decided city and year
  warnings: string[]; // from reading the file
  guessed: ReportRow; // the extractor's report row
  extracted: IndicatorRow[]; // the extractor's rows
  report: ReportRow; // as reviewed
  rows: ReviewRow[]; // as reviewed
  added: DashboardPart | null; // on the dashboard, as added; null while only reviewed
}

/** A CSV the user loaded on the page (indicators.csv or reports.csv): its bytes, read again after a reload,
 *  and the place and year the user gave the reports it names that no reports.csv describes. */
export interface StoredUpload {
  name: string; // the file's name: loading a file of the same name replaces it
  seq: number;
  bytes: Blob;
  places: ReportRow[];
}

export interface UserStore {
  persistent: boolean; // false: kept in memory only (IndexedDB unavailable)
  list(): Promise<UserReport[]>;
  put(report: UserReport): Promise<void>;
  remove(id: string): Promise<void>;
  /** Clears everything: reports and uploads. */
  clear(): Promise<void>;
  uploads(): Promise<StoredUpload[]>;
  putUpload(upload: StoredUpload): Promise<void>;
  removeUpload(name: string): Promise<void>;
}

const DB_NAME = 'kanban-user';
const STORE = 'reports';
const UPLOADS = 'uploads';
const VERSION = 2;

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
      if (!request.result.objectStoreNames.contains(UPLOADS)) request.result.createObjectStore(UPLOADS, { keyPath: 'name' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cannot be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function indexedStore(db: IDBDatabase): UserStore {
  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>, name = STORE): Promise<T> => {
    const transaction = db.transaction(name, mode);
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    const [result] = await Promise.all([done(work(transaction.objectStore(name))), committed]);
    return result;
  };
  return {
    persistent: true,
    list: async () => (await run('readonly', (store) => store.getAll() as IDBRequest<UserReport[]>)).sort((a, b) => a.seq - b.seq),
    put: async (report) => void (await run('readwrite', (store) => store.put(report))),
    remove: async (id) => void (await run('readwrite', (store) => store.delete(id))),
    clear: async () => {
      await run('readwrite', (store) => store.clear());
      await run('readwrite', (store) => store.clear(), UPLOADS);
    },
    uploads: async () => (await run('readonly', (store) => store.getAll() as IDBRequest<StoredUpload[]>, UPLOADS)).sort((a, b) => a.seq - b.seq),
    putUpload: async (upload) => void (await run('readwrite', (store) => store.put(upload), UPLOADS)),
    removeUpload: async (name) => void (await run('readwrite', (store) => store.delete(name), UPLOADS)),
  };
}

function memoryStore(): UserStore {
  const reports = new Map<string, UserReport>();
  const uploads = new Map<string, StoredUpload>();
  return {
    persistent: false,
    list: async () => [...reports.values()].sort((a, b) => a.seq - b.seq),
    put: async (report) => void reports.set(report.id, report),
    remove: async (id) => void reports.delete(id),
    clear: async () => {
      reports.clear();
      uploads.clear();
    },
    uploads: async () => [...uploads.values()].sort((a, b) => a.seq - b.seq),
    putUpload: async (upload) => void uploads.set(upload.name, upload),
    removeUpload: async (name) => void uploads.delete(name),
  };
}

let opened: Promise<UserStore> | null = null;

/** The store, opened once. */
export function userStore(): Promise<UserStore> {
  opened ??= (typeof indexedDB === 'undefined' ? Promise.reject(new Error('no IndexedDB')) : openDb())
    .then(indexedStore, () => memoryStore());
  return opened;
}
