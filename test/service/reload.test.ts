import { once } from 'node:events';
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/log/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { ReloadFailure } from '../../src/server/reload/reloader.js';
import { readSample } from '../support/engine.js';
import { LogCapture } from '../api/harness.js';
import { ScratchContent } from './scratch.js';

const GROUNDS = 'rules/packs/kz-2017/grounds.json';
const REFUSED = readSample('issue-refused-local-staff');

const scratch = new ScratchContent();
const log = new LogCapture();
let server: RunningServer;
let base: string;

beforeAll(async () => {
  const config = loadConfig({}, { contentRoot: scratch.root, port: 0, logLevel: 'info', reloadDebounceMs: 50 });
  server = await startServer(config, { logger: createLogger('info', log), handleSignals: false });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server.close();
  scratch.remove();
});

/** Returns the grounds file with the categories 1-2 threshold of local-staff-ratio changed from `from` to `to` percent. */
function withThreshold(original: string, from: number, to: number): string {
  const grounds = JSON.parse(original) as { grounds: { id: string; conditions: unknown }[] };
  const ground = grounds.grounds.find((candidate) => candidate.id === 'local-staff-ratio')!;
  const before = JSON.stringify(ground.conditions);
  const after = before.replace(`{"fact":"localSharePercent","operator":"lessThan","value":${from}}`, `{"fact":"localSharePercent","operator":"lessThan","value":${to}}`);
  if (after === before) throw new Error(`local-staff-ratio has no threshold of ${from} %`);
  ground.conditions = JSON.parse(after);
  return JSON.stringify(grounds, null, 2) + '\n';
}

interface Outcome {
  status: number;
  localStaffFired?: boolean;
  /** When the request was sent, ms since the epoch. */
  sentAt?: number;
}

/** Evaluates the refused sample, whose categories 1-2 have 55.55 % local staff. A network failure counts as status 0. */
async function evaluateRefused(): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(`${base}/v1/cases/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(REFUSED) });
  } catch {
    return { status: 0 };
  }
  if (response.status !== 200) return { status: response.status };
  const result = await response.json();
  return { status: 200, localStaffFired: result.grounds.fired.some((ground: { id: string }) => ground.id === 'local-staff-ratio') };
}

/** Sends requests one after another until stopped and keeps every outcome. */
function keepRequesting(): { stop: () => Promise<Outcome[]> } {
  const outcomes: Outcome[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const sentAt = Date.now();
      outcomes.push({ ...(await evaluateRefused()), sentAt });
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return outcomes;
    },
  };
}

/** Writes like a slow editor: truncates the file, writes half of it, waits 200 ms and writes the rest. */
async function writeInTwoChunks(path: string, bytes: Buffer): Promise<void> {
  const half = Math.floor(bytes.length / 2);
  const descriptor = openSync(path, 'r+');
  try {
    ftruncateSync(descriptor, 0);
    writeSync(descriptor, bytes, 0, half, 0);
    await delay(200);
    writeSync(descriptor, bytes, half, bytes.length - half, half);
  } finally {
    closeSync(descriptor);
  }
}

async function ready(): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(`${base}/ready`);
  return { status: response.status, body: await response.json() };
}

describe('hot reload of content', () => {
  it('keeps old rules while broken, then applies the fix', async () => {
    const original = scratch.read(GROUNDS);
    expect(await evaluateRefused()).toEqual({ status: 200, localStaffFired: true });
    const traffic = keepRequesting();

    const failed = once(server.reloader!, 'reload-failed') as Promise<[ReloadFailure]>;
    scratch.write(GROUNDS, original.slice(0, Math.floor(original.length / 2)));
    const [failure] = await failed;
    expect(failure.problems[0]).toMatchObject({ file: GROUNDS, code: 'content.json-syntax' });

    const broken = await ready();
    expect(broken.status).toBe(503);
    expect(broken.body.code).toBe('service.not-ready');
    expect(broken.body.reasons.map((reason: { code: string }) => reason.code)).toContain('reload-failed');
    expect(broken.body.content.reloads.failed).toBe(1);
    expect(broken.body.content.generation).toBe(1);
    expect(log.records.some((record) => record.msg === 'content problem' && record.file === GROUNDS && typeof record.line === 'number')).toBe(true);
    expect(await evaluateRefused()).toEqual({ status: 200, localStaffFired: true });

    const reloaded = once(server.reloader!, 'reloaded');
    const fixedAt = Date.now();
    scratch.write(GROUNDS, withThreshold(original, 70, 50));
    await reloaded;
    const outcomes = await traffic.stop();

    const beforeFix = outcomes.filter((outcome) => outcome.sentAt! < fixedAt);
    expect(beforeFix.length).toBeGreaterThan(0);
    expect(outcomes.filter((outcome) => outcome.status !== 200)).toEqual([]);
    expect(beforeFix.every((outcome) => outcome.localStaffFired === true)).toBe(true);
    expect(log.records.some((record) => record.msg === 'content reloaded' && record.generation === 2)).toBe(true);
    const fixed = await ready();
    expect(fixed.status).toBe(200);
    expect(fixed.body.content).toMatchObject({ generation: 2, reloads: { succeeded: 1, failed: 1, failure: null } });
    expect(await evaluateRefused()).toEqual({ status: 200, localStaffFired: false });
  });

  it('never serves a half-written file written in two chunks', async () => {
    const next = Buffer.from(withThreshold(scratch.read(GROUNDS), 50, 70));
    const generation = server.engine.generation;
    const traffic = keepRequesting();
    const reloaded = once(server.reloader!, 'reloaded');
    const outcomes: Outcome[] = [];
    try {
      await writeInTwoChunks(scratch.path(GROUNDS), next);
      await reloaded;
    } finally {
      outcomes.push(...(await traffic.stop()));
    }

    expect(outcomes.filter((outcome) => outcome.status !== 200)).toEqual([]);
    expect(server.engine.generation).toBe(generation + 1);
    // Back at 70 %, the sample's 55.55 % refuses again.
    expect(await evaluateRefused()).toEqual({ status: 200, localStaffFired: true });
    expect((await ready()).status).toBe(200);
  });

  it('leaves the set in service when the files did not change', async () => {
    const generation = server.engine.generation;
    expect(await server.reloader!.reloadNow()).toBe('unchanged');
    expect(server.engine.generation).toBe(generation);
  });
});
