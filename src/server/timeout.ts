import { EngineError } from '../errors/problem.js';

/**
 * Runs `work` with a time limit. When the limit passes first, the signal is aborted and
 * `request.timeout` is thrown. The work stops only where it checks the signal, so a late result
 * is dropped and a late failure goes to `onLateError`.
 */
export async function withTimeout<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>, onLateError: (error: unknown) => void): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new EngineError('request.timeout', { timeoutMs }));
    }, timeoutMs);
  });
  const running = work(controller.signal);
  running.catch((error: unknown) => {
    if (controller.signal.aborted) onLateError(error);
  });
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}
