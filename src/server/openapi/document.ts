import { ERRORS, type ErrorCode } from '../../errors/registry.js';
import { ENGINE_VERSION } from '../../version.js';
import { BODY_PROBLEMS, OPERATIONS, SHARED_PROBLEMS, type OperationSpec } from './operations.js';
import { schemaComponents } from './schemas.js';

type Json = Record<string, unknown>;

const PARAMETERS: Record<string, Json> = {
  pack: { name: 'pack', in: 'query', required: false, description: 'Pins a rule pack by id (GET /v1/packs). It must be in force on the filing date.', schema: { type: 'string', pattern: '^[a-z0-9-]{2,40}$' }, example: 'kz-2017' },
  formats: { name: 'formats', in: 'query', required: false, description: 'Comma-separated output formats; docx,pdf when absent.', schema: { type: 'string' }, example: 'docx,pdf' },
  languages: { name: 'languages', in: 'query', required: false, description: 'Comma-separated document languages (ru, kk); the case\'s languages when absent.', schema: { type: 'string' }, example: 'ru,kk' },
  accept: { name: 'Accept', in: 'header', required: false, description: 'application/zip (default) or application/json.', schema: { type: 'string' } },
  acceptLanguage: { name: 'Accept-Language', in: 'header', required: false, description: 'Language of messages and descriptions: ru (default), kk or en.', schema: { type: 'string' }, example: 'kk' },
};

const HEADERS: Record<string, Json> = {
  'x-ruqsat-version': { description: 'Engine version.', schema: { type: 'string' } },
  'x-ruqsat-pack': { description: 'Id and SHA-256 of the rule pack that decided, e.g. "kz-2017 sha256:…".', schema: { type: 'string' } },
  'x-ruqsat-content': { description: 'Every piece of content used as kind/id=sha256:… items separated by ", "; for responses that used no particular content, the packs, calendar and stylesheet in service.', schema: { type: 'string' } },
  'x-request-id': { description: 'Id of the request in the service log; taken from the request\'s x-request-id when it is 1-100 characters of letters, digits and ._:- .', schema: { type: 'string' } },
  'content-language': { description: 'Language of the descriptions.', schema: { type: 'string' } },
  'content-disposition': { description: 'attachment; filename="bundle-<case id>.zip" for the ZIP.', schema: { type: 'string' } },
  'retry-after': { description: 'Seconds to wait before retrying (retryAfterSeconds).', schema: { type: 'integer' } },
  'www-authenticate': { description: 'Bearer realm="ruqsat", with error="invalid_token" for an unknown key.', schema: { type: 'string' } },
};

function problemsOf(spec: OperationSpec, authEnabled: boolean): ErrorCode[] {
  const codes = [...spec.problems];
  if (spec.body) codes.push(...BODY_PROBLEMS);
  if (!spec.public) codes.push(...SHARED_PROBLEMS);
  if (!spec.public && authEnabled) codes.push('auth.key-missing', 'auth.key-invalid');
  return [...new Set(codes)];
}

/** Groups error codes by HTTP status into responses with application/problem+json. */
function problemResponses(codes: ErrorCode[]): Record<string, Json> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERRORS[code].status, [...(byStatus.get(ERRORS[code].status) ?? []), code]);
  const responses: Record<string, Json> = {};
  for (const [status, grouped] of [...byStatus].sort(([a], [b]) => a - b)) {
    const headers: Json = {};
    if (status === 503) headers['retry-after'] = { $ref: '#/components/headers/retry-after' };
    if (grouped.some((code) => code.startsWith('auth.'))) headers['www-authenticate'] = { $ref: '#/components/headers/www-authenticate' };
    responses[String(status)] = {
      description: `Problem document with code ${grouped.join(', ')}.`,
      headers,
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return responses;
}

function successResponse(spec: OperationSpec): Json {
  const content: Json = {};
  for (const [mediaType, schema] of Object.entries(spec.success.content)) content[mediaType] = { schema: { $ref: `#/components/schemas/${schema}` } };
  const headers = Object.fromEntries(spec.success.headers.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
  return { description: spec.success.description, headers, content };
}

function operation(spec: OperationSpec, authEnabled: boolean): Json {
  const built: Json = {
    operationId: spec.operationId,
    summary: spec.summary,
    description: spec.description,
    parameters: spec.parameters.map((name) => ({ $ref: `#/components/parameters/${name}` })),
    responses: { [spec.success.status]: successResponse(spec), ...problemResponses(problemsOf(spec, authEnabled)) },
  };
  if (spec.body) built.requestBody = { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${spec.body}` } } } };
  if (spec.public) built.security = [];
  return built;
}

function paths(authEnabled: boolean): Json {
  const result: Record<string, Json> = {};
  for (const spec of OPERATIONS) result[spec.path] = { ...result[spec.path], [spec.method]: operation(spec, authEnabled) };
  return result;
}

/** Schemas of responses too small for a file of their own. */
const INLINE_SCHEMAS: Record<string, Json> = {
  Validation: { type: 'object', additionalProperties: false, required: ['valid'], properties: { valid: { const: true } } },
  Health: { type: 'object', additionalProperties: false, required: ['status', 'version'], properties: { status: { const: 'ok' }, version: { type: 'string' } } },
  Binary: { type: 'string', contentMediaType: 'application/zip', description: 'ZIP of <kind>.<lang>.<ext> files and manifest.json.' },
};

const DESCRIPTION = [
  'Decides applications for permits to attract foreign labour (Kazakhstan) and renders their documents.',
  'Every failure is an RFC 9457 problem document (application/problem+json) with a stable code; messages follow Accept-Language (ru by default, kk, en).',
  'Every response carries x-ruqsat-version, x-ruqsat-content and x-request-id.',
].join(' ');

/**
 * Builds the OpenAPI 3.1 document from the schema files and the operation list. With `authEnabled`
 * every operation but the public ones requires a Bearer key.
 */
export function buildOpenApi(authEnabled: boolean): Json {
  const document: Json = {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: { title: 'ruqsat HTTP API', version: ENGINE_VERSION, description: DESCRIPTION },
    servers: [{ url: '/' }],
    paths: paths(authEnabled),
    components: {
      schemas: { ...schemaComponents(), ...INLINE_SCHEMAS },
      parameters: PARAMETERS,
      headers: HEADERS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'One of the keys in the apiKeys setting (RUQSAT_API_KEYS).' } },
    },
  };
  if (authEnabled) document.security = [{ bearer: [] }];
  return document;
}
