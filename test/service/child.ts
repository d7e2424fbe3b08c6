import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../support/engine.js';

const BIN = join(ROOT, 'bin', 'ruqsat.js');

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/**
 * Fails with a clear message when dist/ is older than the sources a child process runs: the
 * command line runs the compiled dist/, and a stale build would test old code.
 */
export function assertBuildCurrent(): void {
  for (const source of sources(join(ROOT, 'src'))) {
    const compiled = join(ROOT, 'dist', relative(join(ROOT, 'src'), source).replace(/\.ts$/, '.js'));
    let compiledTime = 0;
    try {
      compiledTime = statSync(compiled).mtimeMs;
    } catch {
      // A missing file is as stale as an old one.
    }
    if (compiledTime < statSync(source).mtimeMs) throw new Error(`dist/ is older than ${relative(ROOT, source)}: run npm run build first`);
  }
}

export interface ServeChild {
  child: ChildProcessWithoutNullStreams;
  base: string;
  exited: Promise<number | null>;
  stdout: () => string;
  /** Resolves once the child has logged a line with this message. */
  logged: (message: string) => Promise<void>;
}

/** Starts `ruqsat serve --port 0` with extra environment variables and waits for its address. */
export async function startServeChild(env: Record<string, string>): Promise<ServeChild> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd: ROOT, env: { ...process.env, ...env } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
      if (match) resolve(match[0]);
    });
    child.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
  });
  const logged = (message: string): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (!stdout.includes(`"msg":"${message}"`)) return;
        child.stdout.off('data', check);
        resolve();
      };
      child.stdout.on('data', check);
      check();
    });
  return { child, base, exited, stdout: () => stdout, logged };
}

/** Ids of the live processes whose command line contains `text`. */
export function processesMatching(text: string): string[] {
  const result = spawnSync('pgrep', ['-f', text], { encoding: 'utf8' });
  return result.stdout.split('\n').filter((line) => line.trim() !== '');
}
