import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { loadContent } from '../content/index.js';
import { ContentLoadError, RuqsatEngine } from '../engine.js';
import { asEngineError, EngineError } from '../errors/problem.js';
import { ERRORS } from '../errors/registry.js';
import { DEFAULT_LANG, isLang, translate, type Lang } from '../i18n/index.js';
import { parseBundleOptions, parsePackOption } from '../options.js';
import { checkOptions, runCheck } from './check.js';
import { runDeadline } from './deadline.js';
import { explainResult } from './explain.js';
import { formatContentProblem, printDecision, printProblem, type Streams } from './output.js';

const OPTIONS = {
  out: { type: 'string' },
  formats: { type: 'string' },
  languages: { type: 'string' },
  pack: { type: 'string' },
  lang: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  provider: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  explain: { type: 'boolean' },
  update: { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  junit: { type: 'string' },
  coverage: { type: 'boolean' },
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

const defaultStreams: Streams = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

function readCase(path: string | undefined): unknown {
  if (path === undefined) throw new EngineError('cli.usage', { reason: translate(DEFAULT_LANG, 'cli.missing-case') });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new EngineError('cli.file-unreadable', { file: path });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new EngineError('request.malformed-json', { reason: (error as Error).message });
  }
}

function loadEngine(lang: Lang, streams: Streams): RuqsatEngine {
  try {
    return RuqsatEngine.load(loadConfig());
  } catch (error) {
    if (!(error instanceof ContentLoadError)) throw error;
    for (const problem of error.problems) streams.err(formatContentProblem(problem, lang));
    throw new EngineError('content.invalid', { reason: translate(lang, 'cli.content-invalid', { count: error.problems.length }) });
  }
}

async function runEvaluate(positionals: string[], values: Values, lang: Lang, streams: Streams): Promise<number> {
  const input = readCase(positionals[0]);
  const pack = parsePackOption(values.pack);
  const engine = loadEngine(lang, streams);
  try {
    const result = await engine.evaluate(input, pack ? { pack } : {});
    if (values.explain) explainResult(result, lang).forEach((line) => streams.out(line));
    else streams.out(JSON.stringify(result, null, 2));
    return 0;
  } finally {
    await engine.close();
  }
}

async function runBundle(positionals: string[], values: Values, lang: Lang, streams: Streams): Promise<number> {
  const input = readCase(positionals[0]);
  if (values.out === undefined) throw new EngineError('cli.usage', { reason: translate(lang, 'cli.missing-out') });
  const options = { ...parseBundleOptions(values.formats, values.languages), ...(values.pack ? { pack: parsePackOption(values.pack)! } : {}) };
  const engine = loadEngine(lang, streams);
  try {
    const bundle = await engine.bundle(input, options);
    const dir = resolve(values.out);
    mkdirSync(dir, { recursive: true });
    for (const file of bundle.files) writeFileSync(join(dir, file.name), file.bytes);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(bundle.manifest, null, 2) + '\n');
    writeFileSync(join(dir, 'result.json'), JSON.stringify(bundle.result, null, 2) + '\n');
    printDecision(bundle.result, lang, streams);
    streams.out(translate(lang, 'cli.written', { count: bundle.files.length + 2, dir: values.out }));
    return 0;
  } finally {
    await engine.close();
  }
}

function runLint(lang: Lang, streams: Streams): number {
  const { problems } = loadContent(loadConfig().contentRoot);
  for (const problem of problems) streams.out(formatContentProblem(problem, lang));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  streams.out(errors === 0 && problems.length === 0 ? translate(lang, 'cli.lint.ok') : translate(lang, 'cli.lint.summary', { errors, warnings: problems.length - errors }));
  return errors === 0 ? 0 : 2;
}

async function runServe(values: Values, lang: Lang, streams: Streams): Promise<number> {
  const { startServer } = await import('../server/index.js');
  const overrides = { ...(values.host ? { host: values.host } : {}), ...(values.port ? { port: Number(values.port) } : {}) };
  const server = await startServer(loadConfig(process.env, overrides), (problem) => streams.err(formatContentProblem(problem, lang)));
  streams.err(translate(lang, 'cli.server.listening', { host: server.host, port: server.port }));
  await server.closed;
  return 0;
}

function resolveLang(value: string | undefined): Lang {
  if (value === undefined) return DEFAULT_LANG;
  if (!isLang(value)) throw new EngineError('cli.usage', { reason: translate(DEFAULT_LANG, 'cli.invalid-lang', { value }) });
  return value;
}

/** Runs the ruqsat command line and returns its exit code (0 done, 1 invalid input, 2 content or usage, 3 internal). */
export async function main(argv: string[], streams: Streams = defaultStreams): Promise<number> {
  let lang: Lang = DEFAULT_LANG;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new EngineError('cli.usage', { reason: (error as Error).message });
    }
    const values = parsed.values as Values;
    lang = resolveLang(values.lang);
    const [command, ...positionals] = parsed.positionals;

    if (values.help || command === undefined || command === 'help') {
      streams.out(translate(lang, 'cli.help'));
      streams.out(translate(lang, 'check.help'));
      return command === undefined && !values.help ? 2 : 0;
    }
    switch (command) {
      case 'evaluate':
        return await runEvaluate(positionals, values, lang, streams);
      case 'bundle':
        return await runBundle(positionals, values, lang, streams);
      case 'lint':
        return runLint(lang, streams);
      case 'serve':
        return await runServe(values, lang, streams);
      case 'deadline':
        return await runDeadline({ positionals, provider: values.provider, json: values.json === true }, lang, streams, () => loadEngine(lang, streams));
      case 'check':
        return await runCheck(checkOptions(positionals, values), lang, streams, () => loadEngine(lang, streams));
      default:
        throw new EngineError('cli.usage', { reason: translate(lang, 'cli.unknown-command', { command }) });
    }
  } catch (error) {
    const engineError = asEngineError(error);
    if (engineError.code === 'internal') streams.err(String((error as Error)?.stack ?? error));
    printProblem(engineError, lang, streams);
    return ERRORS[engineError.code].exit;
  }
}
