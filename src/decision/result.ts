import type { LocalizedText } from '../calendar/types.js';
import type { Channel, DocumentLang, Procedure, WorkerCategory } from '../case/types.js';
import type { DocumentKind, Outcome } from '../pack/types.js';
import type { Fee } from '../rules/fee.js';
import type { MissingDocument } from '../rules/documents.js';
import type { GroundResult } from '../rules/grounds.js';
import type { PermitTerm } from '../rules/term.js';
import type { Schedule } from '../schedule/index.js';

/** One piece of content that produced a result, so that the result can be traced and replayed. */
export interface ContentRef {
  kind: 'pack' | 'calendar' | 'provider' | 'reference' | 'template' | 'stylesheet';
  id: string;
  hash: string;
}

export interface WorkerDecision {
  id: string;
  name: string;
  category: WorkerCategory;
  position: string;
  decision: 'approved' | 'refused' | 'not-examined';
  /** Ids of the grounds that refused this worker, case grounds included. */
  grounds: string[];
  term?: PermitTerm;
}

export interface BundleDocument {
  kind: DocumentKind;
  languages: DocumentLang[];
}

/** The outcome of evaluating one case: schemas/result.schema.json describes it for other systems. */
export interface CaseResult {
  caseId: string;
  engine: { name: 'ruqsat'; version: string };
  pack: { id: string; title: LocalizedText; validFrom: string; validUntil: string; hash: string };
  content: ContentRef[];
  procedure: Procedure;
  channel: Channel;
  provider: { id: string; name: LocalizedText; timeZone: string };
  decision: Outcome;
  workers: WorkerDecision[];
  grounds: { fired: GroundResult[]; notFired: GroundResult[] };
  missingDocuments: MissingDocument[];
  fee: Fee | null;
  schedule: Schedule;
  documents: BundleDocument[];
  /** Things a reader must know: a provisional calendar, a missed fee deadline, an estimated date. */
  warnings: { code: string; params: Record<string, string | number> }[];
}
