import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../support/engine.js';

/** One step of a guide's worked example: an edit of a file, or commands to run. */
export type Step = { kind: 'edit'; file: string; before: string; after: string } | { kind: 'run'; commands: string[] };

const FENCE = /```[^\n]*\n([\s\S]*?)\n```/g;

/**
 * Reads the worked example of a guide in `docs/ru/`: each `<!-- step: edit FILE -->` is followed
 * by two code blocks (before, after), each `<!-- step: run -->` by one block of commands.
 */
export function guideSteps(guide: string): Step[] {
  const text = readFileSync(join(ROOT, 'docs', 'ru', guide), 'utf8');
  const steps: Step[] = [];
  for (const marker of text.matchAll(/<!-- step: (edit (\S+)|run) -->/g)) {
    FENCE.lastIndex = marker.index;
    const first = FENCE.exec(text);
    if (marker[2] === undefined) {
      const commands = first![1]!.split('\n').map((line) => line.replace(/#.*$/, '').trim()).filter((line) => line !== '');
      steps.push({ kind: 'run', commands });
      continue;
    }
    const second = FENCE.exec(text);
    steps.push({ kind: 'edit', file: marker[2], before: first![1]!, after: second![1]! });
  }
  return steps;
}

/** What one command printed and returned. */
export interface CommandRun {
  command: string;
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Turns the relative paths of a command into paths inside the copy, as if run from its root. */
function argumentsIn(root: string, words: string[]): string[] {
  return words.map((word) => (!word.startsWith('-') && word.includes('/') ? join(root, word) : word));
}

async function runCommand(root: string, command: string): Promise<CommandRun> {
  const words = command.split(/\s+/);
  if (words[0] === 'cp' && words[1] === '-r') {
    cpSync(join(root, words[2]!), join(root, words[3]!), { recursive: true });
    return { command, code: 0, stdout: [], stderr: [] };
  }
  expect(words.slice(0, 2), `a guide command must start with npx ruqsat: ${command}`).toEqual(['npx', 'ruqsat']);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const saved = { root: process.env.RUQSAT_CONTENT_ROOT, level: process.env.RUQSAT_LOG_LEVEL };
  process.env.RUQSAT_CONTENT_ROOT = root;
  process.env.RUQSAT_LOG_LEVEL = 'silent';
  try {
    const args = argumentsIn(root, words.slice(2));
    const junit = args.indexOf('--junit');
    if (junit >= 0) mkdirSync(dirname(args[junit + 1]!), { recursive: true });
    const code = await main(args, { out: (line) => stdout.push(...line.split('\n')), err: (line) => stderr.push(...line.split('\n')) });
    return { command, code, stdout, stderr };
  } finally {
    restore('RUQSAT_CONTENT_ROOT', saved.root);
    restore('RUQSAT_LOG_LEVEL', saved.level);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

function applyEdit(root: string, step: Extract<Step, { kind: 'edit' }>): void {
  const file = join(root, step.file);
  expect(existsSync(file), `${step.file} named by the guide exists`).toBe(true);
  const text = readFileSync(file, 'utf8');
  expect(text.split(step.before).length - 1, `the guide's "before" text occurs once in ${step.file}`).toBe(1);
  writeFileSync(file, text.replace(step.before, step.after));
}

/** Carries out the steps in order in the copy at `root` and returns every command's run. */
export async function followGuide(root: string, steps: Step[]): Promise<CommandRun[]> {
  const runs: CommandRun[] = [];
  for (const step of steps) {
    if (step.kind === 'edit') applyEdit(root, step);
    else for (const command of step.commands) runs.push(await runCommand(root, command));
  }
  return runs;
}

/** One sample's differences as `check` printed them: each field with its diff lines. */
export interface PrintedSample {
  sample: string;
  fields: Map<string, string[]>;
}

/** Reads the failed samples back from the printed report of `ruqsat check` (Russian messages). */
export function failedSamples(stdout: string[]): PrintedSample[] {
  const samples: PrintedSample[] = [];
  let field: string[] | undefined;
  for (const line of stdout) {
    const sample = /^✗ (\S+): /.exec(line);
    const head = /^ {2}(\S.*?) — /.exec(line);
    if (sample) samples.push({ sample: sample[1]!, fields: new Map() });
    else if (head && samples.length > 0) samples[samples.length - 1]!.fields.set(head[1]!, (field = []));
    else if (line.startsWith('      ') && field) field.push(line.slice(6));
  }
  return samples;
}
