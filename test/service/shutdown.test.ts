import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSample } from '../support/engine.js';
import { assertBuildCurrent, processesMatching, startServeChild } from './child.js';
import { ScratchContent } from './scratch.js';

const REQUESTS = 20;

// Chromium's user-data directory is made under TMPDIR, so its command line names this folder.
const scratch = mkdtempSync(join(tmpdir(), 'ruqsat-shutdown-'));
const content = new ScratchContent();

beforeAll(() => {
  assertBuildCurrent();
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  content.remove();
});

/** Polls GET /ready until `accept` holds for its body; the service reports, the test does not guess a time. */
async function waitForReady(base: string, accept: (body: Record<string, any>) => boolean): Promise<Record<string, any>> {
  for (;;) {
    const body = await (await fetch(`${base}/ready`)).json();
    if (accept(body)) return body;
    await delay(20);
  }
}

async function bundle(base: string): Promise<{ status: number; files: string[] }> {
  const response = await fetch(`${base}/v1/bundles?formats=pdf&languages=ru`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(readSample('issue-approved')),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) return { status: response.status, files: [] };
  return { status: 200, files: Object.keys((await JSZip.loadAsync(bytes)).files).sort() };
}

describe('SIGTERM with bundle requests in flight', () => {
  it('finishes all of them, exits 0 and leaves no Chromium', { timeout: 120_000 }, async () => {
    const serve = await startServeChild({
      TMPDIR: scratch,
      RUQSAT_CONTENT_ROOT: content.root,
      RUQSAT_LOG_LEVEL: 'info',
      RUQSAT_RENDER_QUEUE_LIMIT: '50',
      RUQSAT_SHUTDOWN_GRACE_MS: '100000',
    });
    await waitForReady(serve.base, (body) => body.ready === true);
    expect(processesMatching(scratch).length).toBeGreaterThan(0);

    const requests = Array.from({ length: REQUESTS }, () => bundle(serve.base));
    await waitForReady(serve.base, (body) => body.requestsInFlight === REQUESTS);
    serve.child.kill('SIGTERM');
    await serve.logged('shutting down: finishing requests in flight');

    const late = await fetch(`${serve.base}/v1/packs`).then((response) => response.status, () => 'refused');
    const results = await Promise.all(requests);
    const code = await serve.exited;

    expect(results.map((result) => result.status)).toEqual(Array(REQUESTS).fill(200));
    for (const result of results) {
      expect(result.files).toContain('manifest.json');
      expect(result.files.filter((file) => file.endsWith('.ru.pdf')).length).toBe(result.files.length - 1);
      expect(result.files).toContain('receipt.ru.pdf');
    }
    expect([503, 'refused']).toContain(late);
    expect(code).toBe(0);
    expect(processesMatching(scratch)).toEqual([]);
    expect(serve.stdout()).toContain('"msg":"server stopped"');
  });
});
