import { formatContentProblem } from '../cli/output.js';
import { loadContent } from '../content/index.js';
import type { RuqsatEngine } from '../engine.js';
import type { Lang } from '../i18n/index.js';

export interface LintReport {
  /** Number of the content set in service (1 at start, one more at each reload). */
  generation: number;
  /** When that set was put into service, ISO 8601. */
  loadedAt: string;
  errors: number;
  warnings: number;
  /** Each problem as `ruqsat lint` prints it: place, severity, message. */
  lines: string[];
}

/**
 * Lints the content folder the service reads, as `ruqsat lint` does. The set in service passed
 * the same check when it was loaded, so an error here is an edit on disk that a reload will refuse.
 */
export function lintReport(engine: RuqsatEngine, lang: Lang): LintReport {
  const { problems } = loadContent(engine.content.root);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return {
    generation: engine.generation,
    loadedAt: engine.contentLoadedAt.toISOString(),
    errors,
    warnings: problems.length - errors,
    lines: problems.map((problem) => formatContentProblem(problem, lang)),
  };
}
