import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, loadConfig } from '../../src/config/index.js';
import { EngineError, toProblem } from '../../src/errors/problem.js';
import type { ContentProblem } from '../../src/content/index.js';
import { startServer } from '../../src/server/index.js';
import { ScratchContent } from './scratch.js';

const scratch = mkdtempSync(join(tmpdir(), 'ruqsat-config-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function configFile(content: unknown): string {
  const file = join(scratch, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function configError(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration', () => {
  it('has the documented defaults of the service settings', () => {
    expect(loadConfig({})).toMatchObject({
      apiKeys: [],
      requestTimeoutMs: 60_000,
      renderQueueLimit: 20,
      retryAfterSeconds: 5,
      shutdownGraceMs: 25_000,
      watchContent: true,
      reloadDebounceMs: 300,
      defaultProvider: 'kyzylorda-employment',
    });
  });

  it('layers defaults, the file, the environment and overrides', () => {
    const file = configFile({ port: 9000, requestTimeoutMs: 5000, apiKeys: ['from-file-0123456789'] });
    const config = loadConfig({ RUQSAT_CONFIG: file, RUQSAT_PORT: '9100', RUQSAT_API_KEYS: ' key-one-0123456789abcdef , key-two-0123456789abcdef ', RUQSAT_WATCH_CONTENT: 'false' }, { requestTimeoutMs: 7000 });

    expect(config.port).toBe(9100);
    expect(config.requestTimeoutMs).toBe(7000);
    expect(config.apiKeys).toEqual(['key-one-0123456789abcdef', 'key-two-0123456789abcdef']);
    expect(config.watchContent).toBe(false);
    expect(config.bodyLimitBytes).toBe(DEFAULTS.bodyLimitBytes);
  });

  it('lists every bad setting with its pointer', () => {
    const error = configError(() => loadConfig({ RUQSAT_PORT: 'eighty', RUQSAT_WATCH_CONTENT: 'maybe', RUQSAT_API_KEYS: 'short' }));
    expect(error.code).toBe('config.invalid');
    expect(error.errors.map((field) => `${field.pointer} ${field.code}`).sort()).toEqual([
      '/apiKeys/0 field.pattern',
      '/port field.type.integer',
      '/watchContent field.type.boolean',
    ]);
  });

  it('suggests the nearest name for a misspelt setting in the file', () => {
    const error = configError(() => loadConfig({ RUQSAT_CONFIG: configFile({ requestTimeoutMS: 1000 }) }));
    expect(toProblem(error, 'ru').errors).toEqual([
      { pointer: '/requestTimeoutMS', code: 'field.unknown-property.suggest', message: 'Неизвестное поле «requestTimeoutMS». Возможно, имелось в виду «requestTimeoutMs».' },
    ]);
  });

  it('reports a missing or malformed configuration file', () => {
    expect(configError(() => loadConfig({ RUQSAT_CONFIG: join(scratch, 'absent.json') })).code).toBe('config.file-invalid');
    expect(configError(() => loadConfig({ RUQSAT_CONFIG: configFile('{"port": ') })).code).toBe('config.file-invalid');
    expect(configError(() => loadConfig({ RUQSAT_CONFIG: configFile('[1, 2]') })).code).toBe('config.file-invalid');
  });
});

describe('start without keys beyond loopback', () => {
  it('refuses to start before it listens', async () => {
    const config = loadConfig({}, { host: '0.0.0.0', port: 0, logLevel: 'silent' });
    const started = startServer(config, { handleSignals: false });

    await expect(started).rejects.toBeInstanceOf(EngineError);
    const error = await started.catch((caught: EngineError) => caught);
    expect(toProblem(error as EngineError, 'en').detail).toBe(
      'The service is to listen on 0.0.0.0, which is not a loopback address, but no API keys are set. Set apiKeys (RUQSAT_API_KEYS) or listen on 127.0.0.1.',
    );
  });
});

describe('start with broken content', () => {
  it('refuses to start and reports each problem', async () => {
    const content = new ScratchContent();
    try {
      content.write('rules/packs/kz-2017/grounds.json', '{"grounds": [');
      const problems: ContentProblem[] = [];
      const config = loadConfig({}, { contentRoot: content.root, port: 0, logLevel: 'silent' });

      const error = await startServer(config, { handleSignals: false, onProblem: (problem) => problems.push(problem) }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).code).toBe('content.invalid');
      expect(problems.map((problem) => `${problem.file} ${problem.code}`)).toContain('rules/packs/kz-2017/grounds.json content.json-syntax');
    } finally {
      content.remove();
    }
  });
});
