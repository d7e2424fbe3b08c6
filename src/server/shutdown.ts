import type { FastifyInstance } from 'fastify';
import { EngineError } from '../errors/problem.js';
import type { ServerContext } from './context.js';

/**
 * Shuts the service down. New connections are refused, requests on open connections get 503
 * service.shutting-down, and the content watcher stops. Requests in flight get `graceMs` to
 * finish, and their responses close their connections. Then the remaining connections are cut and
 * Chromium is closed (the pool waits for renders still running).
 */
export async function shutDown(app: FastifyInstance, context: ServerContext, graceMs: number): Promise<void> {
  const { logger, state } = context;
  state.closing = true;
  logger.info({ inFlight: state.inFlight, graceMs }, 'shutting down: finishing requests in flight');
  await context.reloader?.close();

  const closing = app.close();
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'grace-over'>((resolve) => (timer = setTimeout(() => resolve('grace-over'), graceMs)));
  const outcome = await Promise.race([closing.then(() => 'closed' as const), graceOver]);
  clearTimeout(timer);
  if (outcome === 'grace-over') {
    logger.warn({ inFlight: state.inFlight, graceMs }, 'shutdown grace period over; closing the remaining connections');
    context.gate.rejectWaiting(new EngineError('service.shutting-down'));
    app.server.closeAllConnections();
    await closing;
  }

  await context.engine.close();
  logger.info('server stopped');
}
