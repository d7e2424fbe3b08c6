import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config/index.js';
import { EngineError } from '../errors/problem.js';

/** Tells whether a listen address is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (bare.startsWith('::ffff:')) return isLoopbackHost(bare.slice('::ffff:'.length));
  return bare === '::1';
}

/** Throws `config.api-keys-required` when the service would listen beyond loopback with no keys. */
export function assertAuthConfigured(config: Pick<Config, 'host' | 'apiKeys'>): void {
  if (config.apiKeys.length === 0 && !isLoopbackHost(config.host)) throw new EngineError('config.api-keys-required', { host: config.host });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Checks Bearer keys in constant time. Both sides are hashed first, so `timingSafeEqual` compares
 * buffers of one length whatever the key lengths, and every configured key is compared on every
 * call, so the time does not tell which key nearly matched.
 */
export class ApiKeys {
  private readonly digests: Buffer[];

  constructor(keys: readonly string[]) {
    this.digests = keys.map(digest);
  }

  get enabled(): boolean {
    return this.digests.length > 0;
  }

  /** Throws `auth.key-missing` or `auth.key-invalid` unless the request carries a configured key. */
  check(request: FastifyRequest): void {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer +(\S+) *$/i.exec(header) : null;
    if (!match) throw new EngineError('auth.key-missing');
    const presented = digest(match[1]!);
    let accepted = false;
    for (const known of this.digests) accepted = timingSafeEqual(presented, known) || accepted;
    if (!accepted) throw new EngineError('auth.key-invalid');
  }
}
