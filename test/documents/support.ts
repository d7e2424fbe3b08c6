import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { RuqsatEngine } from '../../src/engine.js';
import { ROOT } from '../support/engine.js';

/** The nine letters of the Kazakh alphabet that Russian lacks, lower case. */
export const KAZAKH_LETTERS = [...'әғқңөұүһі'];

const copies: string[] = [];

/** Copies the content folders to a scratch root, so that a test can edit them without touching the checkout. */
export function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'ruqsat-documents-'));
  for (const folder of ['rules', 'templates', 'schemas']) cpSync(join(ROOT, folder), join(root, folder), { recursive: true });
  copies.push(root);
  return root;
}

export function removeContentCopies(): void {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Replaces one exact text in a content file of a copy; fails when the text is not there exactly once. */
export function editFile(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected the text to edit once, found it ${count} times: ${from}`);
  writeFileSync(path, text.replace(from, to));
}

/** Loads an engine on a content root; close it after use. */
export function engineOn(contentRoot: string): RuqsatEngine {
  return RuqsatEngine.load(loadConfig(process.env, { contentRoot, logLevel: 'silent' }));
}

/** Lists the pids of a process and all its descendants, found with pgrep. */
export function processTree(pid: number): number[] {
  const children = execFileSync('sh', ['-c', `pgrep -P ${pid} || true`], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(Number);
  return [pid, ...children.flatMap(processTree)];
}

/** True while the process exists, zombie or not. */
export function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits up to five seconds for every process in `pids` to be gone. */
export async function waitUntilGone(pids: number[]): Promise<void> {
  for (let attempt = 0; attempt < 100 && pids.some(exists); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Tells whether a program is on the PATH. */
export function hasProgram(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
