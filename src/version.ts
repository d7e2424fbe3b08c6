import { readFileSync } from 'node:fs';

/** The engine version from package.json, stamped into every result and document. */
export const ENGINE_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
