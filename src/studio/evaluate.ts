import { parse, type ParseError } from 'jsonc-parser';
import { explainResult } from '../cli/explain.js';
import { lineAndColumn } from '../content/json-file.js';
import type { CaseResult } from '../decision/result.js';
import type { RuqsatEngine } from '../engine.js';
import { EngineError, toProblem, type ProblemDocument } from '../errors/problem.js';
import { translate, type Lang } from '../i18n/index.js';
import { lineOfPointer } from './field-lines.js';
import { buildTimeline, type Timeline } from './timeline.js';

/** A problem of the pasted case placed on the line of the field it concerns. */
export interface FieldProblem {
  pointer: string;
  line: number;
  message: string;
}

export type StudioEvaluation =
  | { ok: true; result: CaseResult; explanation: string[]; warnings: string[]; timeline: Timeline }
  | { ok: false; problem: ProblemDocument | { title: string; detail: string }; fields: FieldProblem[] };

/** Parses the pasted text; on a syntax error returns its line and a message instead. */
function parseCase(text: string, lang: Lang): { input: unknown } | { failure: StudioEvaluation } {
  try {
    return { input: JSON.parse(text) as unknown };
  } catch {
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const { line, column } = lineAndColumn(text, errors[0]?.offset ?? text.length);
    const message = translate(lang, 'studio.json-invalid', { line, column });
    return { failure: { ok: false, problem: { title: translate(lang, 'studio.json-invalid.title'), detail: message }, fields: [{ pointer: '', line, message }] } };
  }
}

/**
 * Evaluates a case pasted as text. A rejected case comes back as the problem document with each
 * field error placed on the line of the field in that text, so the page can show it there.
 */
export async function evaluateText(engine: RuqsatEngine, text: string, lang: Lang): Promise<StudioEvaluation> {
  const parsed = parseCase(text, lang);
  if ('failure' in parsed) return parsed.failure;
  try {
    const result = await engine.evaluate(parsed.input);
    const warnings = result.warnings.map((warning) => translate(lang, warning.code, warning.params));
    return { ok: true, result, explanation: explainResult(result, lang), warnings, timeline: buildTimeline(result) };
  } catch (error) {
    if (!(error instanceof EngineError) || error.code === 'internal') throw error;
    const problem = toProblem(error, lang);
    const fields = (problem.errors ?? []).map((field) => ({ pointer: field.pointer, line: lineOfPointer(text, field.pointer), message: field.message }));
    return { ok: false, problem, fields };
  }
}
