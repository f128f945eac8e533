// The dashboard's queries as they were on row objects (one DatasetRow per row, grouped by string keys),
// kept as the reference the columnar queries (src/query) must agree with. Ties are broken as the
// columnar ones break them (report_id, then period and status in the catalog's order), and the
// series keeps every table row (`all`) beside what the chart draws (`entries`).
import { CATALOG } from '../../../src/extract/catalog.ts';
import { PERIODS, STATUSES, type IndicatorRow, type Period, type ReportRow } from '../../../src/data/schema.ts';
import type { DashboardPart } from '../../../src/data/user-store.ts';
import { placeLabel } from '../../../src/query/report-index.ts';
import { USER_ORIGIN, type DatasetRow } from '../../../src/query/dataset.ts';
import { sourceKind } from '../../../src/query/sources.ts';
import { MAX_BARS, MAX_GROUPS, MAX_LINES, type Entry as SeriesEntry } from '../../../src/query/series.ts';
// the row form leaves the doubts out (plausibility.ts is tested on its own)
type Entry = Omit<SeriesEntry, 'alternativeDoubts'>;
import type { OriginChoice, PeriodChoice, View, ViewState } from '../../../src/query/view-state.ts';

export interface RowDataset {
  reports: ReadonlyMap<string, ReportRow>;
  byIndicator: ReadonlyMap<string, readonly DatasetRow[]>;
}

interface Sources {
  reports: ReportRow[];
  sources: { rows: readonly IndicatorRow[]; origin: string }[];
}

/** mine / embedded / all, the user's version of a report replacing the embedded one in "all". */
export function chooseSources(base: Sources, mine: readonly DashboardPart[], choice: OriginChoice): Sources {
  const user: Sources = { reports: mine.map((part) => part.report), sources: [{ rows: mine.flatMap((part) => part.rows), origin: USER_ORIGIN }] };
  if (choice === 'mine') return user;
  if (choice === 'embedded' || mine.length === 0) return base;
  const ids = new Set(user.reports.map((report) => report.report_id));
  return {
    reports: [...base.reports.filter((report) => !ids.has(report.report_id)), ...user.reports],
    sources: [...base.sources.map((source) => ({ ...source, rows: source.rows.filter((row) => !ids.has(row.report_id)) })), ...user.sources],
  };
}

const identity = (row: IndicatorRow) => [row.report_id, row.indicator, row.value ?? 'masked', row.period, row.status, row.scope].join('\u0001');

export function buildRowDataset({ reports, sources }: Sources): RowDataset {
  const reportById = new Map(reports.map((report) => [report.report_id, report]));
  const byIndicator = new Map<string, DatasetRow[]>();
  const seen = new Set<string>();
  for (const { rows, origin } of sources) {
    for (const row of rows) {
      const key = identity(row);
      if (seen.has(key)) continue;
      seen.add(key);
      const report = reportById.get(row.report_id);
      const figure: DatasetRow = {
        ...row, place: placeLabel(report, row.report_id), city: report?.city ?? '', province: report?.province ?? '', year: row.year ?? report?.year ?? null,
        reportYear: report?.year ?? null, level: report?.level ?? '', source: report?.source ?? '', sourceKind: sourceKind(report?.source ?? ''), origin,
      };
      const list = byIndicator.get(row.indicator);
      if (list) list.push(figure);
      else byIndicator.set(row.indicator, [figure]);
    }
  }
  return { reports: reportById, byIndicator };
}

function placesPerPeriod(figures: readonly DatasetRow[]): Map<Period, number> {
  const places = new Map<Period, Set<string>>();
  for (const figure of figures) {
    if (figure.scope !== '') continue;
    places.set(figure.period, (places.get(figure.period) ?? new Set()).add(figure.place));
  }
  return new Map([...places].map(([period, set]) => [period, set.size]));
}

function defaultPeriod(figures: readonly DatasetRow[]): PeriodChoice {
  const counts = new Map<Period, number>();
  for (const figure of figures) if (figure.scope === '') counts.set(figure.period, (counts.get(figure.period) ?? 0) + 1);
  let best: PeriodChoice = 'all';
  let most = 0;
  for (const period of PERIODS) if ((counts.get(period) ?? 0) > most) [best, most] = [period, counts.get(period)!];
  return best;
}

export function resolveRowView(dataset: RowDataset, state: ViewState): { indicator: string; period: PeriodChoice } {
  let indicator = CATALOG[0]!.id;
  if (state.indicator && CATALOG.some(({ id }) => id === state.indicator)) indicator = state.indicator;
  else {
    let most = 0;
    for (const { id } of CATALOG) {
      const count = Math.max(0, ...placesPerPeriod(dataset.byIndicator.get(id) ?? []).values());
      if (count > most) [indicator, most] = [id, count];
    }
  }
  return { indicator, period: state.period ?? defaultPeriod(dataset.byIndicator.get(indicator) ?? []) };
}

export function filterRowFigures(dataset: RowDataset, state: ViewState): DatasetRow[] {
  const { indicator, period } = resolveRowView(dataset, state);
  const places = new Set(state.cities);
  const statuses = new Set(state.statuses);
  const yearBound = state.from !== null || state.to !== null;
  return (dataset.byIndicator.get(indicator) ?? []).filter((figure) =>
    (places.size === 0 || places.has(figure.place))
    && (period === 'all' || figure.period === period)
    && (statuses.size === 0 || statuses.has(figure.status))
    && (!yearBound || (figure.year !== null && figure.year >= (state.from ?? -Infinity) && figure.year <= (state.to ?? Infinity))));
}

interface Point {
  key: string;
  figure: DatasetRow;
  parts: DatasetRow[];
  alternatives: DatasetRow[];
}

function preferred(a: DatasetRow, b: DatasetRow): number {
  if (a.masked !== b.masked) return a.masked ? 1 : -1;
  if ((a.value ?? 0) !== (b.value ?? 0)) return (b.value ?? 0) - (a.value ?? 0);
  return a.start - b.start;
}

const byId = (a: DatasetRow, b: DatasetRow) => (a.report_id < b.report_id ? -1 : a.report_id > b.report_id ? 1 : 0);
const periodIndex = (f: DatasetRow) => PERIODS.indexOf(f.period);
const statusIndex = (f: DatasetRow) => STATUSES.indexOf(f.status);

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const pointKey = (figure: DatasetRow) => [figure.place, figure.year ?? '', figure.period, figure.status].join('|');
const lineKey = (f: DatasetRow) => [f.place, f.period, f.status].join('|');

function toPoints(figures: readonly DatasetRow[]): { points: Point[]; partsOnly: DatasetRow[][] } {
  const perReport: Point[] = [];
  const partsOnly: DatasetRow[][] = [];
  for (const group of groupBy(figures, (f) => `${f.report_id}|${pointKey(f)}`).values()) {
    const [total, ...others] = group.filter((f) => f.scope === '').sort(preferred);
    const parts = group.filter((f) => f.scope !== '');
    if (total) perReport.push({ key: pointKey(total), figure: total, parts, alternatives: others });
    else partsOnly.push(parts);
  }
  const points: Point[] = [];
  for (const group of groupBy(perReport, (p) => p.key).values()) {
    const [first, ...rest] = group.sort((a, b) => preferred(a.figure, b.figure) || byId(a.figure, b.figure));
    points.push({ ...first!, alternatives: [...first!.alternatives, ...rest.flatMap((p) => [p.figure, ...p.alternatives])] });
  }
  return { points, partsOnly };
}

export interface RowSeries {
  entries: Entry[]; // drawn
  all: Entry[]; // every table row
  lines: string[];
  hidden: number;
  undated: number;
  partsOnly: number;
  withParts: number;
  withAlternatives: number;
}

const entryOf = (point: Point, line: string): Entry => ({
  key: point.key, figure: point.figure, line, role: 'total', parts: point.parts.length, alternatives: point.alternatives, doubt: 0,
});

export function buildRowSeries(figures: readonly DatasetRow[], view: View, showMasked: boolean): RowSeries {
  const collator = new Intl.Collator();
  const place = (a: DatasetRow, b: DatasetRow) => collator.compare(a.place, b.place);
  const { points: all, partsOnly } = toPoints(figures);
  const points = showMasked ? all : all.filter((point) => !point.figure.masked);
  let entries: Entry[];
  let table: Entry[];
  let lines: string[] = [];
  let hidden: number;
  let undated = 0;
  if (view === 'city') {
    const sorted = [...points].sort((a, b) => preferred(a.figure, b.figure) || place(a.figure, b.figure)
      || (a.figure.year ?? -1) - (b.figure.year ?? -1) || periodIndex(a.figure) - periodIndex(b.figure) || statusIndex(a.figure) - statusIndex(b.figure));
    table = sorted.map((point) => entryOf(point, ''));
    entries = table.slice(0, MAX_BARS);
    hidden = table.length - entries.length;
  } else if (view === 'year') {
    const dated = points.filter((point) => point.figure.year !== null);
    const byLine = groupBy(dated, (point) => lineKey(point.figure));
    const first = (key: string) => byLine.get(key)![0]!.figure;
    const keys = [...byLine.keys()].sort((a, b) => byLine.get(b)!.length - byLine.get(a)!.length || place(first(a), first(b))
      || periodIndex(first(a)) - periodIndex(first(b)) || statusIndex(first(a)) - statusIndex(first(b)));
    table = keys.flatMap((key) => byLine.get(key)!.sort((a, b) => a.figure.year! - b.figure.year!).map((point) => entryOf(point, key)));
    lines = keys.slice(0, MAX_LINES);
    entries = table.filter((entry) => lines.includes(entry.line));
    hidden = keys.length - lines.length;
    undated = points.length - dated.length;
  } else {
    const visible = (f: DatasetRow) => showMasked || !f.masked;
    const groups = [
      ...all.filter((point) => point.parts.length > 0).map((point) => ({ total: point.figure as DatasetRow | null, parts: point.parts })),
      ...partsOnly.map((parts) => ({ total: null, parts })),
    ].filter((group) => group.parts.some(visible));
    groups.sort((a, b) => place(a.parts[0]!, b.parts[0]!) || (a.parts[0]!.year ?? -1) - (b.parts[0]!.year ?? -1)
      || periodIndex(a.parts[0]!) - periodIndex(b.parts[0]!) || statusIndex(a.parts[0]!) - statusIndex(b.parts[0]!) || byId(a.parts[0]!, b.parts[0]!));
    const entriesOf = ({ total, parts }: (typeof groups)[number]): Entry[] => {
      const line = `${parts[0]!.report_id}|${lineKey(parts[0]!)}`;
      const part = (figure: DatasetRow): Entry => ({ key: `${line}|${figure.scope}|${figure.start}`, figure, line, role: 'part', parts: 0, alternatives: [], doubt: 0 });
      const head: Entry[] = total && visible(total) ? [{ key: `${line}|`, figure: total, line, role: 'total', parts: parts.length, alternatives: [], doubt: 0 }] : [];
      return [...head, ...parts.filter(visible).sort(preferred).map(part)];
    };
    table = groups.flatMap(entriesOf);
    entries = groups.slice(0, MAX_GROUPS).flatMap(entriesOf);
    lines = groups.slice(0, MAX_GROUPS).map((g) => `${g.parts[0]!.report_id}|${lineKey(g.parts[0]!)}`);
    hidden = groups.length - Math.min(MAX_GROUPS, groups.length);
    return { entries, all: table, lines, hidden, undated: 0, partsOnly: 0, withParts: 0, withAlternatives: 0 };
  }
  return {
    entries, all: table, lines, hidden, undated, partsOnly: partsOnly.length,
    withParts: entries.filter((entry) => entry.parts > 0).length,
    withAlternatives: entries.filter((entry) => entry.alternatives.length > 0).length,
  };
}
