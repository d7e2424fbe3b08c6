import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.js';
import { capture, engineFor, fakeIo, removeScratch, scratchCopy } from './scratch.js';

let root: string;

beforeAll(async () => {
  root = await scratchCopy(['issue-approved', 'issue-refused-local-staff']);
});

afterAll(() => removeScratch(root));

describe('ruqsat check --junit', () => {
  it('writes one test case per sample and the diff of a failure', async () => {
    const resultFile = join(root, 'samples/issue-refused-local-staff/expected/result.json');
    const expected = JSON.parse(readFileSync(resultFile, 'utf8')) as Record<string, unknown>;
    expected.caseId = 'KZO-<&>-1';
    writeFileSync(resultFile, JSON.stringify(expected, null, 2));
    const report = join(root, 'report.xml');

    const code = await runCheck({ paths: [], update: false, yes: false, coverage: false, junit: report }, 'ru', capture(), engineFor(root), fakeIo(false));
    const xml = readFileSync(report, 'utf8');

    expect(code).toBe(1);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ruqsat check" tests="2" failures="1"')).toBe(true);
    expect(xml).toMatch(/<testcase classname="samples" name="issue-approved" time="\d+\.\d{3}"\/>/);
    expect(xml).toContain('<failure message="Различий: 1 (result.json: caseId)" type="sample-difference">');
    expect(xml).toContain('- &quot;KZO-&lt;&amp;&gt;-1&quot;');
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml.trimEnd().endsWith('</testsuites>')).toBe(true);
  });
});
