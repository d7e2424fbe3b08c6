/**
 * Soak test of the HTTP service: `npm run soak -- [--minutes N]`.
 *
 *   --minutes N            length of the steady load, 10 by default
 *   --fuzz-cases N         fuzzed evaluate requests sent first, 10000 by default
 *   --bundle-clients N     clients that loop on POST /v1/bundles, 3 by default
 *   --evaluate-clients N   clients that loop on POST /v1/cases/evaluate, 2 by default
 *   --evaluate-rate N      evaluate requests per second of each evaluate client at most, 50 by default,
 *                          so that evaluations do not starve the bundles of CPU
 *   --kill-interval A,B    seconds between two Chromium kills, drawn uniformly from A to B; 5,20 by default
 *   --seed N               seed of the fuzzing and of every random choice; printed when not given
 *
 * It starts the API as a child process on 127.0.0.1 with a free port, sends the fuzzed cases,
 * then keeps steady load from the samples while it kills a Chromium process (the browser or the
 * renderers) at random moments. It exits with code 1 when any of these happens:
 * - a fuzzed case gets a 5xx or a malformed rejection;
 * - a load request gets anything but a success or a 503 with Retry-After;
 * - a request gets no response within the service's request timeout (plus 3 s for the client);
 * - the service's memory at the end exceeds that at the start by more than 10 %;
 * - a Chromium process outlives the service.
 * The report goes to stdout and out/soak/report.json, the service's log to out/soak/service.log.
 */
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { exited, startApi } from '../bench/api-process.js';
import { commandLine, exists, processRss, processTree } from '../bench/memory.js';
import { ROOT } from '../bench/root.js';
import { quantile } from '../bench/stats.js';
import { responseViolations, fuzzRequests, sampleCases, type FuzzRequest } from '../test/fuzz/cases.js';

const OUT = join(ROOT, 'out', 'soak');

/** Settings of the service under test. Its request timeout bounds the time of every response. */
const SERVICE = { requestTimeoutMs: 20_000, renderTimeoutMs: 10_000, pdfPages: 2, retryAfterSeconds: 5 };
const CLIENT_GRACE_MS = 3_000;
const WARM_UP_MS = 20_000;
/** Memory samples at each end of the load that are compared, one per second. */
const MEMORY_WINDOW = 30;
const MAX_MEMORY_GROWTH = 0.1;

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'fuzz-cases': { type: 'string', default: '10000' },
    'bundle-clients': { type: 'string', default: '3' },
    'evaluate-clients': { type: 'string', default: '2' },
    'evaluate-rate': { type: 'string', default: '50' },
    'kill-interval': { type: 'string', default: '5,20' },
    seed: { type: 'string' },
  },
});

function numberOption(name: string, text: string | undefined, minimum: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < minimum) throw new Error(`--${name} must be a number of at least ${minimum}, got ${JSON.stringify(text)}`);
  return value;
}

const minutes = numberOption('minutes', args.minutes, 0.1);
const fuzzCases = numberOption('fuzz-cases', args['fuzz-cases'], 0);
const bundleClients = numberOption('bundle-clients', args['bundle-clients'], 0);
const evaluateClients = numberOption('evaluate-clients', args['evaluate-clients'], 0);
const evaluateRate = numberOption('evaluate-rate', args['evaluate-rate'], 0.1);
const [killMin, killMax] = (args['kill-interval'] ?? '').split(',').map((part) => numberOption('kill-interval', part, 0.5)) as [number, number];
if (killMax === undefined || killMax < killMin) throw new Error(`--kill-interval must be A,B with A ≤ B, got ${JSON.stringify(args['kill-interval'])}`);
const seed = args.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : numberOption('seed', args.seed, 0);

/** mulberry32: a small seeded generator, so a run's choices can be replayed with --seed. */
function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seededRandom(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const failures: string[] = [];
function fail(message: string): void {
  failures.push(message);
  if (failures.length <= 20) console.log(`FAIL ${message}`);
}

interface Reply {
  status: number;
  contentType: string;
  retryAfter: string | null;
  body: Buffer;
  elapsedMs: number;
}

/** Sends one request. A request without a response in time rejects with TimeoutError. */
async function send(port: number, path: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(SERVICE.requestTimeoutMs + CLIENT_GRACE_MS),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', retryAfter: response.headers.get('retry-after'), body: bytes, elapsedMs: performance.now() - started };
}

// ---------------------------------------------------------------- fuzzing

async function fuzz(port: number): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {};
  const requests = fc.sample(fuzzRequests(), { numRuns: fuzzCases, seed });
  let next = 0;
  const client = async (): Promise<void> => {
    while (next < requests.length) {
      const request: FuzzRequest = requests[next++]!;
      try {
        const reply = await send(port, '/v1/cases/evaluate', request.body, { 'accept-language': request.lang });
        const body = reply.body.toString('utf8');
        const key = reply.status === 200 ? '200' : `${reply.status} ${(JSON.parse(body) as { code?: string }).code ?? '?'}`;
        statuses[key] = (statuses[key] ?? 0) + 1;
        const violations = responseViolations(request, { status: reply.status, contentType: reply.contentType, body });
        if (violations.length > 0) fail(`fuzz: ${violations.join(', ')} for ${request.description.slice(0, 400)}`);
      } catch (error) {
        statuses.error = (statuses.error ?? 0) + 1;
        fail(`fuzz: ${(error as Error).name} ${(error as Error).message} for ${request.description.slice(0, 400)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, client));
  return statuses;
}

// ---------------------------------------------------------------- load

interface LoadStats {
  requests: number;
  byOutcome: Record<string, number>;
  latenciesMs: number[];
  hung: number;
}

const BUNDLE_FORMATS = ['pdf', 'docx,pdf', 'docx'];

/** Keeps the samples that the service evaluates as they are; others belong to work in progress. */
async function usableSamples(port: number): Promise<Record<string, string>> {
  const usable: Record<string, string> = {};
  for (const [name, data] of Object.entries(sampleCases())) {
    const body = JSON.stringify(data);
    const reply = await send(port, '/v1/cases/evaluate', body);
    if (reply.status === 200) usable[name] = body;
    else console.log(`note: sample ${name} is left out of the load because evaluate returned ${reply.status}`);
  }
  return usable;
}

/** Checks one load response: a success, or 503 with Retry-After and a problem document. */
function checkLoadReply(kind: string, reply: Reply, stats: LoadStats): void {
  let code = '';
  if (reply.contentType.startsWith('application/problem+json')) code = (JSON.parse(reply.body.toString('utf8')) as { code?: string }).code ?? '?';
  const key = `${kind} ${reply.status}${code ? ` ${code}` : ''}`;
  stats.byOutcome[key] = (stats.byOutcome[key] ?? 0) + 1;
  stats.latenciesMs.push(reply.elapsedMs);
  if (reply.status === 200) {
    const expected = kind === 'bundle' ? 'application/zip' : 'application/json';
    if (!reply.contentType.startsWith(expected)) fail(`${kind}: 200 with content-type ${reply.contentType}`);
    return;
  }
  if (reply.status !== 503) fail(`${kind}: status ${reply.status} ${code}`);
  else if (!code) fail(`${kind}: 503 without a problem document`);
  else if (reply.retryAfter === null || !/^\d+$/.test(reply.retryAfter)) fail(`${kind}: 503 ${code} without Retry-After`);
}

/**
 * Sends requests one after another until `until()`; a client with `perSecond` waits between two
 * requests so that it starts at most that many per second.
 */
async function loadClient(port: number, kind: 'bundle' | 'evaluate', samples: Record<string, string>, until: () => boolean, stats: LoadStats, perSecond = Infinity): Promise<void> {
  const names = Object.keys(samples);
  const intervalMs = 1000 / perSecond;
  let nextStart = performance.now();
  while (!until()) {
    const wait = nextStart - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    nextStart = Math.max(nextStart + intervalMs, performance.now());
    const name = pick(names);
    const path = kind === 'bundle' ? `/v1/bundles?formats=${pick(BUNDLE_FORMATS)}` : '/v1/cases/evaluate';
    stats.requests++;
    try {
      checkLoadReply(kind, await send(port, path, samples[name]!), stats);
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        stats.hung++;
        fail(`${kind} ${name}: no response within ${SERVICE.requestTimeoutMs + CLIENT_GRACE_MS} ms`);
      } else fail(`${kind} ${name}: ${(error as Error).message}`);
    }
  }
}

// ---------------------------------------------------------------- Chromium

function chromiumBelow(pid: number): number[] {
  return processTree(pid).filter((member) => /chrom/.test(commandLine(member)) && !commandLine(member).startsWith('/bin/sh'));
}

/** Kills the browser process or every renderer, as a crash would, and returns what it killed. */
function killChromium(servicePid: number, seen: Set<number>): string {
  const processes = chromiumBelow(servicePid);
  processes.forEach((pid) => seen.add(pid));
  const browser = processes.find((pid) => !commandLine(pid).includes('--type='));
  const renderers = processes.filter((pid) => commandLine(pid).includes('--type=renderer'));
  const killRenderers = renderers.length > 0 && random() < 0.3;
  let targets = renderers;
  if (!killRenderers) targets = browser === undefined ? [] : [browser];
  for (const pid of targets) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // The process exited between the listing and the kill.
    }
  }
  if (targets.length === 0) return 'nothing (no Chromium running)';
  return killRenderers ? `${targets.length} renderer(s)` : 'the browser';
}

// ---------------------------------------------------------------- memory

interface MemorySample {
  atMs: number;
  serviceRssBytes: number;
  chromiumRssBytes: number;
}

function median(values: number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

const MB = 2 ** 20;

// ---------------------------------------------------------------- run

async function stopService(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited(child).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs))]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited(child);
  }
  return stopped;
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const log = createWriteStream(join(OUT, 'service.log'));
  const environment = {
    RUQSAT_REQUEST_TIMEOUT_MS: String(SERVICE.requestTimeoutMs),
    RUQSAT_RENDER_TIMEOUT_MS: String(SERVICE.renderTimeoutMs),
    RUQSAT_PDF_PAGES: String(SERVICE.pdfPages),
    RUQSAT_RETRY_AFTER_SECONDS: String(SERVICE.retryAfterSeconds),
    RUQSAT_LOG_LEVEL: 'warn',
  };
  console.log(`soak: seed ${seed}, ${minutes} min of load, ${fuzzCases} fuzzed cases, ${bundleClients} bundle clients, ${evaluateClients} evaluate clients at ${evaluateRate}/s each, a Chromium kill every ${killMin}–${killMax} s`);
  const { child, port } = await startApi(environment, (line) => log.write(`${line}\n`));
  try {
    return await soak(child, port);
  } finally {
    if (child.exitCode === null && child.signalCode === null) await stopService(child, 40_000);
    log.end();
  }
}

async function soak(child: ChildProcess, port: number): Promise<number> {
  const servicePid = child.pid!;
  const seenChromium = new Set<number>();
  const watch = setInterval(() => chromiumBelow(servicePid).forEach((pid) => seenChromium.add(pid)), 500);

  const fuzzStarted = performance.now();
  const fuzzStatuses = await fuzz(port);
  console.log(`fuzz: ${fuzzCases} cases in ${((performance.now() - fuzzStarted) / 1000).toFixed(1)} s: ${JSON.stringify(fuzzStatuses)}`);

  const samples = await usableSamples(port);
  if (Object.keys(samples).length === 0) fail('no sample evaluates; nothing to load the service with');

  const loadMs = minutes * 60_000;
  const begin = performance.now();
  const end = begin + WARM_UP_MS + loadMs;
  const stats: LoadStats = { requests: 0, byOutcome: {}, latenciesMs: [], hung: 0 };
  const memory: MemorySample[] = [];
  const kills: { atMs: number; what: string }[] = [];

  const sampler = setInterval(() => {
    const chromium = chromiumBelow(servicePid);
    const chromiumRssBytes = chromium.reduce((sum, pid) => sum + processRss(pid), 0);
    memory.push({ atMs: performance.now() - begin, serviceRssBytes: processRss(servicePid), chromiumRssBytes });
  }, 1000);

  let killTimer: NodeJS.Timeout | undefined;
  const scheduleKill = (): void => {
    const delayMs = (killMin + random() * (killMax - killMin)) * 1000;
    killTimer = setTimeout(() => {
      if (performance.now() >= end) return;
      kills.push({ atMs: performance.now() - begin, what: killChromium(servicePid, seenChromium) });
      scheduleKill();
    }, delayMs);
  };
  setTimeout(scheduleKill, WARM_UP_MS);

  const until = (): boolean => performance.now() >= end;
  const clients = [
    ...Array.from({ length: bundleClients }, () => loadClient(port, 'bundle', samples, until, stats)),
    ...Array.from({ length: evaluateClients }, () => loadClient(port, 'evaluate', samples, until, stats, evaluateRate)),
  ];
  const progress = setInterval(() => {
    const last = memory[memory.length - 1];
    console.log(`  ${((performance.now() - begin) / 1000).toFixed(0)} s: ${stats.requests} requests, ${kills.length} kills, service RSS ${((last?.serviceRssBytes ?? 0) / MB).toFixed(0)} MB, Chromium RSS ${((last?.chromiumRssBytes ?? 0) / MB).toFixed(0)} MB`);
  }, 30_000);
  await Promise.all(clients);
  clearTimeout(killTimer);
  clearInterval(progress);
  clearInterval(sampler);

  const health = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5_000) }).then((response) => response.status, () => 0);
  if (health !== 200) fail(`GET /health returned ${health} after the load, expected 200`);

  chromiumBelow(servicePid).forEach((pid) => seenChromium.add(pid));
  clearInterval(watch);
  const serviceTree = processTree(servicePid);
  const stoppedInTime = await stopService(child, 40_000);
  if (!stoppedInTime) fail('the service did not exit within 40 s of SIGTERM and was killed');
  // Whatever the service leaves below it would be orphaned now; the tree was listed just before.
  const candidates = new Set([...seenChromium, ...serviceTree.filter((pid) => pid !== servicePid)]);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const left = [...candidates].filter(exists);
  if (left.length > 0) fail(`Chromium processes left after the service exited: ${left.map((pid) => `${pid} (${commandLine(pid).slice(0, 60) || 'zombie'})`).join(', ')}`);

  const measured = memory.filter((sample) => sample.atMs >= WARM_UP_MS);
  const startRss = median(measured.slice(0, MEMORY_WINDOW).map((sample) => sample.serviceRssBytes));
  const endRss = median(measured.slice(-MEMORY_WINDOW).map((sample) => sample.serviceRssBytes));
  const growth = endRss / startRss - 1;
  if (!(growth <= MAX_MEMORY_GROWTH)) fail(`service RSS grew by ${(growth * 100).toFixed(1)} % (${(startRss / MB).toFixed(0)} → ${(endRss / MB).toFixed(0)} MB), more than ${MAX_MEMORY_GROWTH * 100} %`);
  const chromiumStart = median(measured.slice(0, MEMORY_WINDOW).map((sample) => sample.chromiumRssBytes));
  const chromiumEnd = median(measured.slice(-MEMORY_WINDOW).map((sample) => sample.chromiumRssBytes));
  const sorted = [...stats.latenciesMs].sort((a, b) => a - b);

  const report = {
    seed,
    minutes,
    fuzz: { cases: fuzzCases, statuses: fuzzStatuses },
    load: {
      requests: stats.requests,
      byOutcome: stats.byOutcome,
      latencyMs: { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1] ?? 0 },
      hung: stats.hung,
      limitMs: SERVICE.requestTimeoutMs + CLIENT_GRACE_MS,
    },
    kills,
    memory: {
      serviceStartMb: startRss / MB,
      serviceEndMb: endRss / MB,
      growthPercent: growth * 100,
      chromiumStartMb: chromiumStart / MB,
      chromiumEndMb: chromiumEnd / MB,
      samples: memory,
    },
    chromium: { seen: seenChromium.size, left },
    failures,
  };
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\nload: ${stats.requests} requests in ${minutes} min after ${WARM_UP_MS / 1000} s of warm-up`);
  for (const [outcome, count] of Object.entries(stats.byOutcome).sort()) console.log(`  ${outcome}: ${count}`);
  console.log(`  latency p50 ${report.load.latencyMs.p50.toFixed(0)} ms, p99 ${report.load.latencyMs.p99.toFixed(0)} ms, max ${report.load.latencyMs.max.toFixed(0)} ms (limit ${report.load.limitMs} ms), ${stats.hung} without a response`);
  console.log(`Chromium kills: ${kills.length} (${kills.filter((kill) => kill.what === 'the browser').length} browser, ${kills.filter((kill) => kill.what.includes('renderer')).length} renderer)`);
  console.log(`memory: service RSS ${(startRss / MB).toFixed(0)} MB at the start, ${(endRss / MB).toFixed(0)} MB at the end (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %); Chromium ${(chromiumStart / MB).toFixed(0)} → ${(chromiumEnd / MB).toFixed(0)} MB`);
  console.log(`Chromium processes seen: ${seenChromium.size}, left after exit: ${left.length}`);
  console.log(failures.length === 0 ? '\nsoak: passed' : `\nsoak: FAILED with ${failures.length} failure(s); the first ones are listed above`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
