import { docxText } from '../bundle/text.js';
import type { CaseResult } from '../decision/result.js';
import type { RuqsatEngine } from '../engine.js';

/**
 * Result fields that `check --update` writes for a new sample: the decision and everything a
 * tester reviews by hand. Engine version, pack hash and content hashes are left out, because they
 * change with every release and do not affect the decision.
 */
export const DEFAULT_FIELDS = ['caseId', 'decision', 'workers', 'grounds', 'missingDocuments', 'fee', 'documents', 'warnings', 'schedule'] as const;

/** Output of the engine for one sample, in the shape the expected files use. */
export interface Actual {
  /** The result with `schedule` projected to the registration moment and each step's id, due and status. */
  result: Record<string, unknown>;
  /** Document text by `<kind>.<lang>`, provenance lines left out. */
  documents: Map<string, string>;
}

/** Projects the schedule as the samples state it; the full trace is compared by the schedule tests. */
export function projectResult(result: CaseResult): Record<string, unknown> {
  return {
    ...result,
    schedule: {
      registeredAt: result.schedule.registeredAt,
      steps: result.schedule.steps.map((step) => ({ id: step.id, due: step.due, status: step.status })),
    },
  };
}

/** Page labels and the engine line carry no decision; they are left out like the DOCX footer. */
const PROVENANCE = [/^ruqsat \d/, /^Страница \d+ из \d+$/, /^Бет \d+ \/ \d+$/];

export function withoutProvenance(text: string): string {
  return text
    .split('\n')
    .filter((line) => !PROVENANCE.some((pattern) => pattern.test(line.trim())))
    .join('\n');
}

/** Evaluates a sample's case and renders its documents as DOCX, then reads their text back. */
export async function produceActual(engine: RuqsatEngine, input: unknown): Promise<Actual> {
  const bundle = await engine.bundle(input, { formats: ['docx'] });
  const documents = new Map<string, string>();
  for (const file of bundle.files) documents.set(`${file.kind}.${file.lang}`, withoutProvenance(await docxText(file.bytes)));
  return { result: projectResult(bundle.result), documents };
}
