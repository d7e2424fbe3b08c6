import pino, { type Logger } from 'pino';

/**
 * Paths that could carry personal data if a case or a worker ever reached a log call. The engine
 * logs ids, codes and durations only; the redaction is the second line of defence.
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
  'req.headers.authorization',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED, censor: '[masked]' }, base: { service: 'ruqsat' } }, destination);
}

export type { Logger };
