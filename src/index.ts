/**
 * The library API of ruqsat for Node back-office code. Each name here is stable; internal modules
 * are not part of the API.
 */
export { RuqsatEngine, ContentLoadError, type Bundle } from './engine.js';
export { loadConfig, DEFAULTS as CONFIG_DEFAULTS, type Config } from './config/index.js';
export { validateCase } from './case/validate.js';
export type { Case, Procedure, Channel, Worker, WorkerCategory, DocumentLang } from './case/types.js';
export type { CaseResult, ContentRef, WorkerDecision, BundleDocument } from './decision/result.js';
export type { BundleFile, BundleOptions, Manifest, OutputFormat } from './bundle/index.js';
export { EngineError, toProblem, type ProblemDocument, type FieldError } from './errors/problem.js';
export { ERRORS, type ErrorCode } from './errors/registry.js';
export { loadContent, type ContentProblem } from './content/index.js';
export { buildServer, startServer } from './server/index.js';
export { ENGINE_VERSION } from './version.js';
