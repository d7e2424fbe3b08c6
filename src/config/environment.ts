import type { Config } from './index.js';

type Kind = 'string' | 'number' | 'boolean' | 'list';

/** The RUQSAT_* variable of every setting and how its text is read. */
const VARIABLES: Record<string, { key: keyof Config; kind: Kind }> = {
  RUQSAT_CONTENT_ROOT: { key: 'contentRoot', kind: 'string' },
  RUQSAT_HOST: { key: 'host', kind: 'string' },
  RUQSAT_PORT: { key: 'port', kind: 'number' },
  RUQSAT_BODY_LIMIT_BYTES: { key: 'bodyLimitBytes', kind: 'number' },
  RUQSAT_CHROMIUM_PATH: { key: 'chromiumPath', kind: 'string' },
  RUQSAT_PDF_PAGES: { key: 'pdfPages', kind: 'number' },
  RUQSAT_RENDER_TIMEOUT_MS: { key: 'renderTimeoutMs', kind: 'number' },
  RUQSAT_BROWSER_RECYCLE_AFTER: { key: 'browserRecycleAfter', kind: 'number' },
  RUQSAT_LOG_LEVEL: { key: 'logLevel', kind: 'string' },
  RUQSAT_API_KEYS: { key: 'apiKeys', kind: 'list' },
  RUQSAT_REQUEST_TIMEOUT_MS: { key: 'requestTimeoutMs', kind: 'number' },
  RUQSAT_RENDER_QUEUE_LIMIT: { key: 'renderQueueLimit', kind: 'number' },
  RUQSAT_RETRY_AFTER_SECONDS: { key: 'retryAfterSeconds', kind: 'number' },
  RUQSAT_SHUTDOWN_GRACE_MS: { key: 'shutdownGraceMs', kind: 'number' },
  RUQSAT_WATCH_CONTENT: { key: 'watchContent', kind: 'boolean' },
  RUQSAT_RELOAD_DEBOUNCE_MS: { key: 'reloadDebounceMs', kind: 'number' },
  RUQSAT_DEFAULT_PROVIDER: { key: 'defaultProvider', kind: 'string' },
};

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

/**
 * Reads one variable. A text that is not a number or a boolean stays a string, so the schema
 * reports it with the setting's pointer instead of the value silently becoming NaN or false.
 */
function readValue(raw: string, kind: Kind): unknown {
  switch (kind) {
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
    case 'boolean': {
      const word = raw.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      return FALSE_WORDS.has(word) ? false : raw;
    }
    case 'list':
      return raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
    case 'string':
      return raw;
  }
}

/** Collects the settings given as RUQSAT_* environment variables; an empty variable counts as absent. */
export function fromEnvironment(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [variable, { key, kind }] of Object.entries(VARIABLES)) {
    const raw = env[variable];
    if (raw === undefined || raw === '') continue;
    values[key] = readValue(raw, kind);
  }
  return values;
}

/** Names the environment variable of a setting, for messages and docs. */
export function variableOf(key: keyof Config): string | undefined {
  return Object.entries(VARIABLES).find(([, entry]) => entry.key === key)?.[0];
}
