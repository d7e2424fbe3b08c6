import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders under the content root that make up a content set. */
export const CONTENT_FOLDERS = ['rules', 'templates', 'schemas'] as const;

function listFiles(dir: string, prefix: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const relative = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) listFiles(join(dir, entry.name), relative, out);
    else if (entry.isFile()) out.push(relative);
  }
}

/**
 * Hashes the path and bytes of every file of the content folders. Two equal fingerprints taken
 * before and after a load mean that no file changed while it was read, so the loaded set is not a
 * mix of old and new files. A file that vanishes between listing and reading counts as empty.
 */
export function contentFingerprint(root: string): string {
  const files: string[] = [];
  for (const folder of CONTENT_FOLDERS) listFiles(join(root, folder), folder, files);
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(root, file));
    } catch {
      bytes = Buffer.alloc(0);
    }
    hash.update(file).update('\0').update(createHash('sha256').update(bytes).digest()).update('\n');
  }
  return hash.digest('hex');
}
