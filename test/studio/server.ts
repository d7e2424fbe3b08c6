import { loadConfig } from '../../src/config/index.js';
import type { RuqsatEngine } from '../../src/engine.js';
import { createLogger } from '../../src/log/index.js';
import { buildServer } from '../../src/server/index.js';
import { registerStudio } from '../../src/studio/index.js';
import { ROOT } from '../support/engine.js';

export interface StudioServer {
  base: string;
  close: () => Promise<void>;
}

/** Starts the service with the studio on 127.0.0.1 and a free port; the caller closes it, not the engine. */
export async function startStudioServer(engine: RuqsatEngine): Promise<StudioServer> {
  const config = loadConfig({}, { contentRoot: ROOT, logLevel: 'silent', watchContent: false });
  const app = buildServer(engine, config, createLogger('silent'));
  // The service registers the studio itself; this covers a build of the service that does not.
  if (!app.hasRoute({ method: 'GET', url: '/studio' })) registerStudio(app, engine);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { base: `http://127.0.0.1:${port}`, close: () => app.close() };
}
