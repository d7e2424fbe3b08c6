import type { ErrorCode } from '../../errors/registry.js';

/** One operation of the API as the OpenAPI document and the HTML page describe it. */
export interface OperationSpec {
  method: 'get' | 'post';
  path: string;
  operationId: string;
  summary: string;
  description: string;
  /** Names of entries of `components.parameters`. */
  parameters: string[];
  /** Component schema of the JSON body, if the operation takes one. */
  body?: string;
  success: { status: string; description: string; content: Record<string, string>; headers: string[] };
  /** Error codes this operation can fail with, besides the ones every operation shares. */
  problems: ErrorCode[];
  /** Open without an API key. */
  public?: boolean;
}

/** Errors of every operation that is not public. */
export const SHARED_PROBLEMS: ErrorCode[] = ['request.timeout', 'service.shutting-down', 'internal'];

/** Errors of every operation that takes a JSON body. */
export const BODY_PROBLEMS: ErrorCode[] = ['request.malformed-json', 'request.forbidden-key', 'request.body-too-large', 'request.unsupported-media-type'];

const DECISION_HEADERS = ['x-ruqsat-version', 'x-ruqsat-pack', 'x-ruqsat-content', 'x-request-id'];
const PLAIN_HEADERS = ['x-ruqsat-version', 'x-ruqsat-content', 'x-request-id'];

export const OPERATIONS: OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/cases/validate',
    operationId: 'validateCase',
    summary: 'Check a case without deciding it',
    description: 'Checks the shape of the case, the check digits of БИН and ИИН, the references between its parts and the fields each procedure needs. The rules are not applied, so a valid case can still be refused, or fail at evaluation with 422 (no pack in force, a finding missing).',
    parameters: ['acceptLanguage'],
    body: 'Case',
    success: { status: '200', description: 'The case is valid.', content: { 'application/json': 'Validation' }, headers: PLAIN_HEADERS },
    problems: ['case.invalid'],
  },
  {
    method: 'post',
    path: '/v1/cases/evaluate',
    operationId: 'evaluateCase',
    summary: 'Decide a case',
    description: 'Decides the case by the rule pack in force on its filing date (or the pinned ?pack=) and lays out every step\'s deadline. The decision is in the body whatever it is; refusal is a 200.',
    parameters: ['pack', 'acceptLanguage'],
    body: 'Case',
    success: { status: '200', description: 'The result.', content: { 'application/json': 'Result' }, headers: DECISION_HEADERS },
    problems: ['case.invalid', 'case.finding-missing', 'request.invalid-option', 'pack.not-found', 'pack.not-in-force', 'calendar.out-of-range', 'content.invalid'],
  },
  {
    method: 'post',
    path: '/v1/bundles',
    operationId: 'renderBundle',
    summary: 'Decide a case and render its documents',
    description: 'Renders every document the result holds at the stage its events reach, in the requested formats and languages. The response is a ZIP of <kind>.<lang>.<ext> files and manifest.json, or with Accept: application/json the manifest, the result and each document in base64. A bundle with PDF waits for a render slot; when pdfPages bundles render and renderQueueLimit wait, the next gets 503 service.busy with Retry-After.',
    parameters: ['formats', 'languages', 'pack', 'accept', 'acceptLanguage'],
    body: 'Case',
    success: { status: '200', description: 'The bundle.', content: { 'application/zip': 'Binary', 'application/json': 'Bundle' }, headers: [...DECISION_HEADERS, 'content-disposition'] },
    problems: ['case.invalid', 'case.finding-missing', 'request.invalid-option', 'request.not-acceptable', 'pack.not-found', 'pack.not-in-force', 'calendar.out-of-range', 'content.invalid', 'render.failed', 'service.busy'],
  },
  {
    method: 'post',
    path: '/v1/deadlines',
    operationId: 'computeDeadline',
    summary: 'Add a duration to a moment over the working calendar',
    description: 'Adds minutes or hours of working time, working days or calendar days to a start moment at a provider (the configured defaultProvider when the body names none). The skipped days and the decreed working weekend days that counted come with a description in the language of Accept-Language.',
    parameters: ['acceptLanguage'],
    body: 'DeadlineRequest',
    success: { status: '200', description: 'The due moment and its explanation.', content: { 'application/json': 'Deadline' }, headers: [...PLAIN_HEADERS, 'content-language'] },
    problems: ['request.invalid-body', 'calendar.out-of-range', 'provider.not-in-force'],
  },
  {
    method: 'get',
    path: '/v1/packs',
    operationId: 'listPacks',
    summary: 'List the rule packs in service',
    description: 'Each pack with its title, period of force, procedures and content hash. A pack id is the value of ?pack=.',
    parameters: ['acceptLanguage'],
    success: { status: '200', description: 'The packs.', content: { 'application/json': 'Packs' }, headers: PLAIN_HEADERS },
    problems: ['request.invalid-option'],
  },
  {
    method: 'get',
    path: '/health',
    operationId: 'health',
    summary: 'Check that the process is running',
    description: 'Liveness: 200 while the process runs, also during shutdown. Open without an API key.',
    parameters: [],
    success: { status: '200', description: 'The process is running.', content: { 'application/json': 'Health' }, headers: ['x-ruqsat-version'] },
    problems: [],
    public: true,
  },
  {
    method: 'get',
    path: '/ready',
    operationId: 'ready',
    summary: 'Check that the instance can serve',
    description: 'Readiness: 200 when the content is loaded and its latest reload was clean, Chromium can print and the instance is not shutting down; otherwise 503 service.not-ready with the reasons. The body also counts reloads (content.generation, content.reloads), which lets a client wait for a reload. Before the first PDF, and after Chromium failed, the check prints a probe page (at most 3 s wait). Open without an API key.',
    parameters: ['acceptLanguage'],
    success: { status: '200', description: 'The instance is ready.', content: { 'application/json': 'Ready' }, headers: ['x-ruqsat-version'] },
    problems: ['service.not-ready'],
    public: true,
  },
];
