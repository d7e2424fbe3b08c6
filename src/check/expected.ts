import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Contents of a sample's `expected/` folder. */
export interface Expected {
  /** The fields of `expected/result.json`, in file order; undefined when the file is missing. */
  result?: Record<string, unknown>;
  /** Document text by `<kind>.<lang>` (e.g. `notification.ru`), without the final newline. */
  documents: Map<string, string>;
}

const DOCUMENT_FILE = /^([a-z-]+\.(?:ru|kk))\.txt$/;

/** Reads `expected/result.json` and every `expected/<kind>.<lang>.txt` of a sample. */
export function readExpected(sampleDir: string): Expected {
  const dir = join(sampleDir, 'expected');
  const documents = new Map<string, string>();
  if (!existsSync(dir)) return { documents };
  for (const name of readdirSync(dir).sort()) {
    const match = DOCUMENT_FILE.exec(name);
    if (match) documents.set(match[1]!, normalizeText(readFileSync(join(dir, name), 'utf8')));
  }
  const resultFile = join(dir, 'result.json');
  if (!existsSync(resultFile)) return { documents };
  return { result: JSON.parse(readFileSync(resultFile, 'utf8')) as Record<string, unknown>, documents };
}

/** Drops the trailing newline and Windows line ends, so an edited file compares by its lines only. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\n+$/, '');
}
