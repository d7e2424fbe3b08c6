import { afterAll, describe, expect, it } from 'vitest';
import { closeTestEngine, readSample, testEngine } from '../support/engine.js';
import { processTree, waitUntilGone } from './support.js';

afterAll(closeTestEngine);

describe('bundle after a Chromium crash', () => {
  it('succeeds when Chromium was killed after the previous bundle', async () => {
    const engine = testEngine();
    const input = readSample('issue-approved');
    const before = await engine.bundle(input, { formats: ['pdf'] });
    const pid = engine.pool.pid;
    expect(pid).toBeTypeOf('number');

    // The pool starts Chromium in a process group of its own (led by the launched wrapper), so
    // killing the group takes down the browser and every renderer at once, as a crash would.
    const tree = processTree(pid!);
    process.kill(-pid!, 'SIGKILL');
    await waitUntilGone(tree);

    const after = await engine.bundle(input, { formats: ['pdf'] });
    expect(after.files.map((file) => file.name)).toEqual(before.files.map((file) => file.name));
    for (const [index, file] of before.files.entries()) expect(after.files[index]!.bytes.equals(file.bytes), file.name).toBe(true);
    expect(engine.pool.pid).not.toBe(pid);
  }, 120_000);
});
