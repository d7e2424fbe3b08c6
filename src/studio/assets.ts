import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The page's own files. They live in `src/studio/assets/`, which the compiled `dist/studio/` and
 * the sources reach by the same relative path, and are read once when the studio is registered.
 */
const ASSET_DIR = fileURLToPath(new URL('../../src/studio/assets/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export const ASSET_FILES = ['studio.css', 'studio.js', 'api.js', 'dom.js', 'decision.js', 'timeline.js', 'editor.js', 'documents.js'] as const;

export interface Asset {
  type: string;
  body: string;
}

export function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of ASSET_FILES) {
    const extension = name.slice(name.lastIndexOf('.'));
    assets.set(name, { type: TYPES[extension]!, body: readFileSync(ASSET_DIR + name, 'utf8') });
  }
  return assets;
}
