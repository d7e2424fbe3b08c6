import { readdirSync, readFileSync } from 'node:fs';

/**
 * Memory of a process and its descendants, read from Linux's /proc. Summed RSS counts pages that
 * Chromium's processes share once per process, so it overstates their real use; PSS divides every
 * shared page among its sharers and does not.
 */
export interface TreeMemory {
  pids: number[];
  rssBytes: number;
  pssBytes: number;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Maps every running process to its children, from the parent field of /proc/PID/stat. */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readText(`/proc/${entry}/stat`);
    if (stat === undefined) continue;
    // The command name in brackets may contain spaces, so the fields are counted after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  return children;
}

/** Lists `pid` and every process below it. */
export function processTree(pid: number): number[] {
  const children = childrenByParent();
  const tree: number[] = [];
  const pending = [pid];
  while (pending.length > 0) {
    const next = pending.pop()!;
    tree.push(next);
    pending.push(...(children.get(next) ?? []));
  }
  return tree;
}

function kilobytesField(text: string | undefined, field: string): number {
  const match = text === undefined ? null : new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Resident memory of one process in bytes, or 0 once it has exited. */
export function processRss(pid: number): number {
  return kilobytesField(readText(`/proc/${pid}/status`), 'VmRSS');
}

/** Sums RSS and PSS over a process and its descendants. A process that exits meanwhile counts as 0. */
export function treeMemory(pid: number): TreeMemory {
  const pids = processTree(pid);
  let rssBytes = 0;
  let pssBytes = 0;
  for (const member of pids) {
    rssBytes += processRss(member);
    pssBytes += kilobytesField(readText(`/proc/${member}/smaps_rollup`), 'Pss');
  }
  return { pids, rssBytes, pssBytes };
}

/** Reads the command line of a process with its arguments joined by spaces, or '' once it has exited. */
export function commandLine(pid: number): string {
  return (readText(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ').trim();
}

/** Tells whether a process exists and is not a zombie. */
export function isRunning(pid: number): boolean {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === undefined) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  return state !== 'Z' && state !== 'X';
}

/** Tells whether a process exists at all, a zombie included. */
export function exists(pid: number): boolean {
  return readText(`/proc/${pid}/stat`) !== undefined;
}

/** Records the peak of `treeMemory(pid)` every `intervalMs` until `stop()` is called. */
export class PeakSampler {
  peakRssBytes = 0;
  peakPssBytes = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number, intervalMs = 100) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  sample(): void {
    const memory = treeMemory(this.pid);
    this.peakRssBytes = Math.max(this.peakRssBytes, memory.rssBytes);
    this.peakPssBytes = Math.max(this.peakPssBytes, memory.pssBytes);
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
}
