/**
 * Starts the ruqsat HTTP API on 127.0.0.1 with a free port for the benchmark and the soak test,
 * and prints `{"listening":{"port":N}}` on stdout once it accepts connections. Settings come
 * from RUQSAT_* variables, as for `ruqsat serve`, except the host and port, which are fixed here.
 * Content watching is off unless RUQSAT_WATCH_CONTENT turns it on. SIGTERM shuts it down
 * gracefully.
 */
import { loadConfig } from '../src/config/index.js';
import { startServer } from '../src/server/index.js';
import { ROOT } from './root.js';

const environment = { RUQSAT_LOG_LEVEL: 'warn', RUQSAT_WATCH_CONTENT: 'false', ...process.env };
const config = loadConfig(environment, { contentRoot: ROOT, host: '127.0.0.1', port: 0 });
const server = await startServer(config);
process.stdout.write(`${JSON.stringify({ listening: { port: server.port } })}\n`);
await server.closed;
