import { RenderError } from './errors.js';

/**
 * Settles with `task`, or rejects with `render.timeout` after `timeoutMs` and calls `onTimeout`
 * (which closes the page, so the task stops instead of running on in Chromium).
 */
export async function withDeadline<T>(task: Promise<T>, timeoutMs: number, onTimeout: () => Promise<void>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new RenderError('render.timeout', { timeoutMs }));
      void onTimeout();
    }, timeoutMs);
  });
  // The task rejects too once its page is closed; that rejection is expected and already reported.
  task.catch(() => undefined);
  try {
    return await Promise.race([task, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
