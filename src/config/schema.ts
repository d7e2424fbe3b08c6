/**
 * JSON Schema of the configuration. Units are in the names (`Ms`, `Bytes`, `Seconds`); the README
 * table lists the same limits and defaults.
 */
export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    contentRoot: { type: 'string', minLength: 1 },
    host: { type: 'string', minLength: 1 },
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    bodyLimitBytes: { type: 'integer', minimum: 1024, maximum: 104_857_600 },
    chromiumPath: { type: 'string', minLength: 1 },
    pdfPages: { type: 'integer', minimum: 1, maximum: 32 },
    renderTimeoutMs: { type: 'integer', minimum: 1000, maximum: 600_000 },
    browserRecycleAfter: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    logLevel: { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] },
    apiKeys: {
      type: 'array',
      maxItems: 100,
      uniqueItems: true,
      // 16 to 512 printable ASCII characters without spaces, so a key fits the Bearer header as it is.
      // The lengths are in the pattern, because the field code for minLength is field.blank.
      items: { type: 'string', pattern: '^[!-~]{16,512}$' },
    },
    requestTimeoutMs: { type: 'integer', minimum: 100, maximum: 600_000 },
    renderQueueLimit: { type: 'integer', minimum: 0, maximum: 10_000 },
    retryAfterSeconds: { type: 'integer', minimum: 1, maximum: 3600 },
    shutdownGraceMs: { type: 'integer', minimum: 0, maximum: 600_000 },
    watchContent: { type: 'boolean' },
    reloadDebounceMs: { type: 'integer', minimum: 0, maximum: 60_000 },
    defaultProvider: { type: 'string', pattern: '^[a-z0-9-]{1,100}$' },
  },
} as const;
