import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { RuqsatEngine } from '../../src/engine.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLES_DIR = join(ROOT, 'samples');

export function sampleNames(): string[] {
  return readdirSync(SAMPLES_DIR).filter((name) => !name.startsWith('.')).sort();
}

export function readSample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SAMPLES_DIR, name, 'case.json'), 'utf8')) as Record<string, unknown>;
}

let shared: RuqsatEngine | undefined;

/** Returns the engine shared by one test file (so one Chromium); close it in afterAll. */
export function testEngine(): RuqsatEngine {
  shared ??= RuqsatEngine.load(loadConfig(process.env, { contentRoot: ROOT, logLevel: 'silent' }));
  return shared;
}

export async function closeTestEngine(): Promise<void> {
  await shared?.close();
  shared = undefined;
}
