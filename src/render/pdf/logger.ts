/** The part of a pino logger the pool uses; pass the service's logger to see pool events. */
export interface PoolLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const SILENT_LOGGER: PoolLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
