/**
 * Summarizes a V8 CPU profile written by `node --cpu-prof`: the functions and the files (or
 * packages) with the most self time. Used to explain the benchmark's figures:
 *
 *   node --cpu-prof --cpu-prof-dir=out/profiles out/bench/bench/run.js --section docx
 *   node out/bench/bench/profile.js out/profiles/CPU.*.cpuprofile [--top N]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Names the package of a node_modules file, or the path below the checkout for the project's own files. */
function owner(url: string): string {
  if (url === '') return '(native or idle)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const own = /\/out\/bench\/(.+)$/.exec(url) ?? /\/work\/[^/]+\/(.+)$/.exec(url);
  if (own) return own[1]!;
  return url.startsWith('node:') ? 'node:' + url.slice(5).split('/')[0] : url;
}

function printTop(title: string, totals: Map<string, number>, all: number, top: number): void {
  console.log(`\n${title}`);
  const sorted = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, micros] of sorted) console.log(`  ${((micros / all) * 100).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
const top = Number(values.top);
for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByFunction = new Map<string, number>();
  const selfByOwner = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    all += delta;
    const where = `${frame.functionName || '(anonymous)'} ${owner(frame.url)}:${frame.lineNumber + 1}`;
    selfByFunction.set(where, (selfByFunction.get(where) ?? 0) + delta);
    selfByOwner.set(owner(frame.url), (selfByOwner.get(owner(frame.url)) ?? 0) + delta);
  });
  console.log(`${file}: ${(all / 1000).toFixed(0)} ms of CPU samples, idle left out`);
  printTop('self time by package or folder', selfByOwner, all, top);
  printTop('self time by function', selfByFunction, all, top);
}
