/** Child processes of the benchmark and the soak test: the API server and the line protocol they use. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ROOT } from './root.js';

/** Reads stdout lines of a child until `match` returns a value; other lines go to `other`. */
export function waitForLine<T>(child: ChildProcess, match: (line: string) => T | undefined, other: (line: string) => void = () => undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    let found = false;
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const value = found ? undefined : match(line);
      if (value === undefined) other(line);
      else {
        found = true;
        resolve(value);
      }
    });
    child.once('exit', (code, signal) => {
      if (!found) reject(new Error(`child process exited (code ${code}, signal ${signal}) before it reported`));
    });
  });
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts the API in a child process and returns it with its port. */
export async function startApi(environment: NodeJS.ProcessEnv = {}, onLogLine: (line: string) => void = () => undefined): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('server.js', import.meta.url))], { cwd: ROOT, env: { ...process.env, ...environment }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await waitForLine(
    child,
    (line) => {
      if (!line.startsWith('{"listening"')) return undefined;
      return (JSON.parse(line) as { listening: { port: number } }).listening.port;
    },
    onLogLine,
  );
  return { child, port };
}

/** Stops the API with SIGTERM, as a supervisor does, and waits for the process to exit. */
export async function stopApi(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await exited(child);
}

