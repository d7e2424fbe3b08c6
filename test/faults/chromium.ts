import { commandLine, exists, processTree } from '../../bench/memory.js';

/** The Chromium processes below `pid` (the pool's launched wrapper), the wrapper itself left out. */
export function chromiumProcesses(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  return processTree(pid).filter((member) => /chrom/.test(commandLine(member)) && !commandLine(member).startsWith('/bin/sh'));
}

/** Finds the browser process: the one Chromium process without a `--type=` switch. */
export function browserProcess(pid: number | undefined): number | undefined {
  return chromiumProcesses(pid).find((member) => !commandLine(member).includes('--type='));
}

/** Lists the renderer processes, which lay out and print the pages. */
export function rendererProcesses(pid: number | undefined): number[] {
  return chromiumProcesses(pid).filter((member) => commandLine(member).includes('--type=renderer'));
}

/** Remembers every Chromium process seen below a pool's process while it runs. */
export class ChromiumWatch {
  readonly seen = new Set<number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: () => number | undefined, intervalMs = 100) {
    this.timer = setInterval(() => this.look(), intervalMs);
  }

  look(): void {
    for (const member of chromiumProcesses(this.pid())) this.seen.add(member);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** Waits up to `timeoutMs` for every process in `pids` to be gone, zombies included; returns those left. */
export async function leftBehind(pids: Iterable<number>, timeoutMs = 10_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = [...pids].filter(exists);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = left.filter(exists);
  }
  return left;
}
