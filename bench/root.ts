import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout. The bench runs compiled in out/bench, whose package.json is a link to the
 * checkout's (see bench/link-content.sh), so the link leads back to it.
 */
export const ROOT = dirname(realpathSync(fileURLToPath(new URL('../package.json', import.meta.url))));
