import type { Counts, SectionRow } from './sections.js';

export interface MeasuredRow extends SectionRow {
  /** Peak of the summed RSS of the measured process and its descendants, in bytes. */
  peakRssBytes: number;
  peakPssBytes: number;
  /** Share of the machine's CPU that other programs kept busy just before the section, 0 to 1. */
  busyBefore?: number;
}

export interface Report {
  machine: Record<string, string>;
  sample: string;
  counts: Counts;
  quick: boolean;
  rows: MeasuredRow[];
}

const MB = 2 ** 20;

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function milliseconds(value: number): string {
  return value < 10 ? value.toFixed(3) : value.toFixed(1);
}

function find(rows: MeasuredRow[], id: string): MeasuredRow | undefined {
  return rows.find((row) => row.id === id);
}

function printRows(rows: MeasuredRow[]): void {
  const header = [pad('measurement', 46), pad('conc', 4, true), pad('n', 6, true), pad('p50 ms', 9, true), pad('p99 ms', 9, true), pad('per s', 9, true), pad('RSS MB', 7, true), pad('PSS MB', 7, true), pad('busy', 5, true)];
  console.log(header.join('  '));
  for (const row of rows) {
    const { summary } = row;
    console.log(
      [
        pad(row.label, 46),
        pad(String(row.concurrency), 4, true),
        pad(String(summary.count), 6, true),
        pad(milliseconds(summary.medianMs), 9, true),
        pad(milliseconds(summary.p99Ms), 9, true),
        pad(summary.throughputPerSecond.toFixed(1), 9, true),
        pad((row.peakRssBytes / MB).toFixed(0), 7, true),
        pad((row.peakPssBytes / MB).toFixed(0), 7, true),
        pad(row.busyBefore === undefined ? '' : `${(row.busyBefore * 100).toFixed(0)} %`, 5, true),
      ].join('  '),
    );
  }
}

/** Ours divided by the peer: above 1 means ruqsat takes longer. */
function printRatios(rows: MeasuredRow[]): void {
  const pairs: [string, string, string][] = [
    ['evaluate', 'rules-raw', 'whole evaluation / bare json-rules-engine on the same rules (p50)'],
    ['rules-ours', 'rules-raw', 'GroundSet with trace / bare json-rules-engine (p50)'],
    ['docx-bundle', 'docxtemplater', 'DOCX bundle / docxtemplater, same documents (p50)'],
    ['pdf-bundle', 'chromium-floor', 'PDF bundle / Chromium page.pdf, same HTML and pages (p50)'],
    ['pdf-bundle-concurrent', 'chromium-floor-concurrent', 'PDF bundles at once / Chromium at once (p50)'],
    ['pdf-bundle', 'chromium-floor-font-files', 'PDF bundle / Chromium with fonts from files (p50)'],
  ];
  console.log('\nratios, ours / peer');
  for (const [ours, peer, label] of pairs) {
    const a = find(rows, ours);
    const b = find(rows, peer);
    if (!a || !b) continue;
    console.log(`  ${pad(label, 66)} ${(a.summary.medianMs / b.summary.medianMs).toFixed(2)}×`);
  }
}

interface Target {
  label: string;
  measured: number;
  limit: number;
  unit: string;
  /** True when the measured value must stay at or below the limit, false when at or above it. */
  atMost: boolean;
}

function targets(rows: MeasuredRow[]): Target[] {
  const list: Target[] = [];
  const evaluate = find(rows, 'evaluate');
  const http = find(rows, 'evaluate-http');
  const docx = find(rows, 'docx-bundle');
  const pdf = find(rows, 'pdf-bundle');
  const pdfConcurrent = find(rows, 'pdf-bundle-concurrent');
  const floor = find(rows, 'chromium-floor');
  if (evaluate) list.push({ label: 'evaluation p50, in process', measured: evaluate.summary.medianMs, limit: 1, unit: 'ms', atMost: true });
  if (http) list.push({ label: 'evaluations per second over HTTP', measured: http.summary.throughputPerSecond, limit: 800, unit: '/s', atMost: false });
  if (docx) list.push({ label: 'DOCX bundle p50', measured: docx.summary.medianMs, limit: 50, unit: 'ms', atMost: true });
  if (pdf) {
    // The target is stated for five one-page documents; the sample's bundle is scaled by its page count.
    const pages = pdf.details.pages ?? 1;
    list.push({ label: `PDF bundle p50, scaled to 5 pages (${pages} measured)`, measured: (pdf.summary.medianMs / pages) * 5, limit: 500, unit: 'ms', atMost: true });
    if (floor) list.push({ label: 'PDF per page / Chromium floor per page', measured: pdf.summary.medianMs / floor.summary.medianMs, limit: 1.5, unit: '×', atMost: true });
    list.push({ label: 'peak RSS with the pool warm (Node + Chromium)', measured: Math.max(pdf.peakRssBytes, pdfConcurrent?.peakRssBytes ?? 0) / MB, limit: 600, unit: 'MB', atMost: true });
  }
  if (pdfConcurrent) {
    const pages = pdfConcurrent.details.pages ?? 1;
    list.push({ label: `5-page PDF bundles per second, ${pdfConcurrent.concurrency} at once`, measured: (pdfConcurrent.summary.throughputPerSecond * pages) / 5, limit: 5, unit: '/s', atMost: false });
  }
  return list;
}

function printTargets(rows: MeasuredRow[]): void {
  console.log('\ntargets');
  for (const target of targets(rows)) {
    const met = target.atMost ? target.measured <= target.limit : target.measured >= target.limit;
    const factor = target.atMost ? target.measured / target.limit : target.limit / target.measured;
    const verdict = met ? 'met' : `missed by ${factor.toFixed(2)}×`;
    const bound = `${target.atMost ? '≤' : '≥'} ${target.limit} ${target.unit}`;
    console.log(`  ${pad(target.label, 52)} ${pad(`${target.measured.toFixed(2)} ${target.unit}`, 12, true)}  target ${pad(bound, 10)} ${verdict}`);
  }
}

export function printReport(report: Report): void {
  const { machine } = report;
  console.log(`ruqsat bench, ${machine.date}, ${machine.cpus}, ${machine.memory}, Node ${machine.node}`);
  console.log(`load average (1, 5, 15 min) before ${machine.loadBefore}, after ${machine.loadAfter}`);
  console.log(`sample ${report.sample}${report.quick ? ', quick run (a tenth of the iterations)' : ''}\n`);
  printRows(report.rows);
  printRatios(report.rows);
  printTargets(report.rows);
  const pdf = find(report.rows, 'pdf-bundle');
  if (pdf?.details.chromiumShare !== undefined) {
    console.log(`\nPDF bundle: ${pdf.details.documents} documents, ${pdf.details.pages} pages; ${(pdf.details.chromiumShare * 100).toFixed(0)} % of its mean time is spent in the browser pool`);
  }
}
