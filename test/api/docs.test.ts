import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '../../src/case/schema.js';
import { ERRORS } from '../../src/errors/registry.js';
import { closeTestEngine, readSample, testEngine } from '../support/engine.js';
import { sampleWith, startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let document: Record<string, any>;

beforeAll(async () => {
  server = await startTestServer(testEngine());
  document = await (await server.fetch('/docs/openapi.json')).json();
});

afterAll(async () => {
  await server.close();
  await closeTestEngine();
});

function collectRefs(node: unknown, refs: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, refs));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.push(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

function resolve(pointer: string): unknown {
  return pointer.replace(/^#\//, '').split('/').reduce<any>((node, token) => node?.[token.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

/** Compiles one component with every other component as a definition, so the references resolve as in the document. */
function componentValidator(name: string) {
  const text = JSON.stringify(document.components.schemas).replace(/#\/components\/schemas\//g, '#/$defs/');
  const ajv = createAjv();
  return ajv.compile({ $defs: JSON.parse(text), $ref: `#/$defs/${name}` });
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with every reference resolvable', () => {
    expect(document.openapi).toBe('3.1.0');
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) {
      expect(ref.startsWith('#/'), ref).toBe(true);
      expect(resolve(ref), ref).toBeDefined();
    }
  });

  it('describes every endpoint the server answers', () => {
    const described = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods as object).map((method) => `${method.toUpperCase()} ${path}`));
    expect(described.sort()).toEqual([
      'GET /health', 'GET /ready', 'GET /v1/packs', 'POST /v1/bundles', 'POST /v1/cases/evaluate', 'POST /v1/cases/validate', 'POST /v1/deadlines',
    ]);
    for (const entry of described) {
      const [method, url] = entry.split(' ') as ['GET' | 'POST', string];
      expect(server.app.hasRoute({ method, url }), entry).toBe(true);
    }
  });

  it('lists the registry codes in the problem schema', () => {
    expect(document.components.schemas.Problem.properties.code.enum.sort()).toEqual(Object.keys(ERRORS).sort());
  });

  it('keeps the case schema able to tell good cases from bad ones', () => {
    const validate = componentValidator('Case');
    expect(validate(readSample('issue-approved')), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(sampleWith('issue-approved', (input) => (input.employer.bin = 50340001235)))).toBe(false);
  });

  it('keeps the result schema able to check a real result', async () => {
    const result = await (await server.post('/v1/cases/evaluate', readSample('issue-approved'))).json();
    const validate = componentValidator('Result');
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });

  it('describes a real problem document', async () => {
    const problem = await (await server.post('/v1/deadlines', '{')).json();
    const validate = componentValidator('Problem');
    expect(validate(problem), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('GET /docs', () => {
  it('serves a self-contained HTML page', async () => {
    const response = await server.fetch('/docs');
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).toContain('<code>/v1/deadlines</code>');
    expect(html).toContain('href="/docs/openapi.json"');
    expect(html).toContain('id="schema-Case"');
  });
});
