import pino, { type Logger } from 'pino';

/**
 * Paths that could carry personal data or secrets if a case, a worker or a header ever reached a
 * log call. The service logs ids, codes, routes and durations only; the redaction is the second
 * line of defence.
 */
const REDACTED = [
  'body',
  'case',
  '*.iin',
  '*.bin',
  '*.name',
  '*.lastName',
  '*.firstName',
  '*.middleName',
  '*.passport',
  '*.employer',
  '*.workers',
  'apiKeys',
  '*.apiKeys',
  'req.headers.authorization',
  'headers.authorization',
];

/** Creates the JSON logger of the engine and the service; `destination` defaults to stdout. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED, censor: '[masked]' }, base: { service: 'ruqsat' } }, destination);
}

export type { Logger };
