/**
 * Measures ruqsat and its peers on this machine and prints one table: `npm run bench`.
 *
 *   npm run bench -- [--sample NAME] [--http-seconds N] [--connections N] [--pdf-concurrency N]
 *                    [--max-busy PERCENT] [--quiet-wait SECONDS] [--quick] [--json FILE]
 *
 * Before each section it waits for the machine to be idle (see waitForQuiet) and records how busy
 * it was.
 *
 * It runs the compiled JavaScript in out/bench (see bench/link-content.sh), as production runs
 * dist/, so no TypeScript loader adds to the time or the memory measured.
 * Every in-process section runs in a child process of its own, so its peak memory is its own.
 * The memory columns sum every process of the child's tree (Node and Chromium). The HTTP section
 * starts the API in a child process on 127.0.0.1 with a free port and loads it with autocannon
 * from this process, so both share the machine's cores.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { exited, startApi, stopApi, waitForLine } from './api-process.js';
import { PeakSampler } from './memory.js';
import { FULL_COUNTS, readSample, ROOT, SECTIONS, type Counts, type SectionOptions, type SectionRow } from './sections.js';
import { printReport, type MeasuredRow } from './report.js';

const { values: args } = parseArgs({
  options: {
    section: { type: 'string' },
    sample: { type: 'string', default: 'issue-approved' },
    'http-seconds': { type: 'string', default: '15' },
    connections: { type: 'string', default: '8' },
    'pdf-concurrency': { type: 'string', default: '2' },
    quick: { type: 'boolean', default: false },
    'max-busy': { type: 'string', default: '15' },
    'quiet-wait': { type: 'string', default: '300' },
    json: { type: 'string' },
  },
});

const RESULT_PREFIX = 'RESULT ';

function positiveInteger(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got ${JSON.stringify(text)}`);
  return value;
}

function sectionOptions(): SectionOptions {
  const divisor = args.quick ? 10 : 1;
  const counts = Object.fromEntries(Object.entries(FULL_COUNTS).map(([key, count]) => [key, Math.max(5, Math.round(count / divisor))])) as unknown as Counts;
  return { sample: args.sample!, counts, pdfConcurrency: positiveInteger('pdf-concurrency', args['pdf-concurrency']) };
}

/** Child mode: runs one section and writes its rows as one JSON line. */
async function runSection(name: string): Promise<void> {
  const section = SECTIONS[name];
  if (!section) throw new Error(`unknown section ${name}; known: ${Object.keys(SECTIONS).join(', ')}`);
  const rows = await section(sectionOptions());
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(rows)}\n`);
}

/** CPU time used on the whole machine, from the first line of /proc/stat, in clock ticks. */
function cpuTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** Share of the machine's CPU time that was busy during the next `ms`, 0 to 1. */
async function busyShare(ms: number): Promise<number> {
  const before = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTicks();
  return (after.busy - before.busy) / Math.max(1, after.total - before.total);
}

/**
 * Waits until other programs leave the CPU idle (at most --max-busy percent busy for three
 * seconds in a row), for at most --quiet-wait seconds, and returns the busy share seen last.
 * Other work on a 2-core machine would otherwise end up in the figures.
 */
async function waitForQuiet(label: string): Promise<number> {
  const limit = Number(args['max-busy']) / 100;
  const deadline = Date.now() + Number(args['quiet-wait']) * 1000;
  let quietSeconds = 0;
  let share = 1;
  while (quietSeconds < 3 && Date.now() < deadline) {
    share = await busyShare(1000);
    quietSeconds = share <= limit ? quietSeconds + 1 : 0;
  }
  if (quietSeconds < 3) process.stderr.write(`bench: the machine stayed busy (${(share * 100).toFixed(0)} %) before ${label}; measuring anyway\n`);
  return share;
}

function childArguments(): string[] {
  const forwarded = ['--sample', args.sample!, '--pdf-concurrency', args['pdf-concurrency']!];
  return args.quick ? [...forwarded, '--quick'] : forwarded;
}

async function runChildSection(name: string): Promise<MeasuredRow[]> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--section', name, ...childArguments()], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const sampler = new PeakSampler(child.pid!);
  try {
    const rows = await waitForLine(child, (line) => (line.startsWith(RESULT_PREFIX) ? (JSON.parse(line.slice(RESULT_PREFIX.length)) as SectionRow[]) : undefined)).catch((error: unknown) => {
      throw new Error(`section ${name} failed; its error output is above`, { cause: error });
    });
    sampler.stop();
    await exited(child);
    if (child.exitCode !== 0) throw new Error(`section ${name} exited with code ${child.exitCode}`);
    return rows.map((row) => ({ ...row, peakRssBytes: sampler.peakRssBytes, peakPssBytes: sampler.peakPssBytes }));
  } finally {
    sampler.stop();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}

/** POST /v1/cases/evaluate of the sample over loopback, driven by autocannon for a fixed time. */
async function runHttpSection(options: SectionOptions): Promise<MeasuredRow[]> {
  const seconds = args.quick ? 3 : positiveInteger('http-seconds', args['http-seconds']);
  const connections = positiveInteger('connections', args.connections);
  const body = JSON.stringify(readSample(options.sample));
  const { child, port } = await startApi();
  try {
    const target = { url: `http://127.0.0.1:${port}/v1/cases/evaluate`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, connections };
    await autocannon({ ...target, duration: Math.min(3, seconds) });
    const sampler = new PeakSampler(child.pid!);
    const result = await autocannon({ ...target, duration: seconds });
    sampler.stop();
    const failures = result.non2xx + result.errors + result.timeouts;
    if (failures > 0) throw new Error(`HTTP evaluate failed: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts`);
    return [
      {
        id: 'evaluate-http',
        label: `evaluate, HTTP loopback, ${connections} connections`,
        concurrency: connections,
        summary: {
          count: result.requests.total,
          medianMs: result.latency.p50,
          p99Ms: result.latency.p99,
          maxMs: result.latency.max,
          throughputPerSecond: result.requests.total / seconds,
        },
        details: { seconds },
        peakRssBytes: sampler.peakRssBytes,
        peakPssBytes: sampler.peakPssBytes,
      },
    ];
  } finally {
    await stopApi(child);
  }
}

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function machine(): Record<string, string> {
  const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  return {
    date: new Date().toISOString(),
    cpus: `${cpus().length} × ${model}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    loadBefore: loadAverage(),
  };
}

async function main(): Promise<void> {
  if (args.section) return runSection(args.section);
  const options = sectionOptions();
  const startMachine = machine();
  const rows: MeasuredRow[] = [];
  const failed: string[] = [];
  const sections: [string, () => Promise<MeasuredRow[]>][] = [
    ...Object.keys(SECTIONS).map((name): [string, () => Promise<MeasuredRow[]>] => [name, () => runChildSection(name)]),
    ['evaluate over HTTP', () => runHttpSection(options)],
  ];
  // A failed section is reported at the end, so the figures of the others are not lost.
  for (const [name, run] of sections) {
    const busy = await waitForQuiet(name);
    process.stderr.write(`bench: ${name}…\n`);
    try {
      rows.push(...(await run()).map((row) => ({ ...row, busyBefore: busy })));
    } catch (error) {
      process.stderr.write(`bench: ${name} failed: ${(error as Error).message}\n`);
      failed.push(name);
    }
  }

  const report = { machine: { ...startMachine, loadAfter: loadAverage() }, sample: options.sample, counts: options.counts, quick: args.quick === true, rows };
  printReport(report);
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ ...report, failed }, null, 2)}\n`);
  if (failed.length > 0) {
    console.log(`\nfailed sections, left out of the table: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
