import type { Duration, LocalizedText } from '../calendar/types.js';
import type { Channel, Procedure, WorkerCategory } from '../case/types.js';

export type Confidence = 'confirmed' | 'secondary' | 'unconfirmed';
export type Outcome = 'incomplete' | 'approved' | 'partially-approved' | 'refused';
export type DocumentKind = 'application' | 'receipt' | 'receipt-refusal' | 'notification' | 'permit' | 'ict-order';

export interface StepDefinition {
  id: string;
  actor: string;
  channels?: Channel[];
  /** `approved`: the step runs only when at least one worker is approved. */
  when?: 'approved' | 'always';
  /** The step whose completion the case's events can report. */
  milestone?: 'notified' | 'fee-paid';
  action: LocalizedText;
  result: LocalizedText;
  duration: Duration;
  citation: string;
  /** Status the employer's personal account shows while the step runs. */
  cabinetStatus?: LocalizedText;
}

/** Phrases the documents use for one procedure, so a template serves every procedure. */
export interface ProcedureWording {
  subject: LocalizedText;
  approved: LocalizedText;
  refused: LocalizedText;
  permitTitle: LocalizedText;
  /** Operative clauses of an ICT order (приказ): what the head orders on approval and on refusal. */
  orderApproved?: LocalizedText;
  orderRefused?: LocalizedText;
}

export interface ProcedureDefinition {
  title: LocalizedText;
  decidedBy: 'commission' | 'head' | 'order';
  feeDue: boolean;
  documentsByOutcome: Record<Outcome, DocumentKind[]>;
  wording: ProcedureWording;
  steps: StepDefinition[];
}

export interface RequiredDocument {
  id: string;
  per: 'case' | 'worker';
  procedures: Procedure[];
  categories?: WorkerCategory[];
  channels?: Channel[];
  title: LocalizedText;
  citation: string;
  confidence: Confidence;
}

/** A json-rules-engine condition tree as written in the pack. */
export type ConditionTree =
  | { all: ConditionTree[] }
  | { any: ConditionTree[] }
  | { not: ConditionTree }
  | { fact: string; operator: string; value: unknown };

export interface GroundDefinition {
  id: string;
  order: number;
  scope: 'case' | 'worker';
  procedures: Procedure[];
  confidence: Confidence;
  /** The legal reference printed in documents. */
  citation: LocalizedText;
  /** Where the rule comes from and how sure it is; shown in explanations, not in documents. */
  sourceNote?: LocalizedText;
  text: LocalizedText;
  conditions: ConditionTree;
}

export interface FeeRates {
  validFrom: string;
  source: string;
  confidence: Confidence;
  byGroup: Record<string, Record<'1' | '2' | '3' | '4', number>>;
  seasonal: number;
}

export interface FeeDefinition {
  mrpDate: 'notification' | 'payment';
  payWithin: Duration;
  freeProcedures: Procedure[];
  sectorGroups: Record<string, { title: LocalizedText; okedSections: string[]; confidence: Confidence }>;
  rates: FeeRates[];
}

export interface TermDefinition {
  category: WorkerCategory;
  /** Procedures the entry is limited to; such entries take precedence over general ones. */
  procedures?: Procedure[];
  validFrom: string;
  allowedMonths: number[];
  source: string;
  confidence: Confidence;
}

export interface PackSource {
  id: string;
  title: string;
  confidence: Confidence;
}

export interface RulePack {
  id: string;
  title: LocalizedText;
  notes?: LocalizedText;
  validFrom: string;
  validUntil: string;
  sources: PackSource[];
  actors: Record<string, LocalizedText>;
  procedures: Partial<Record<Procedure, ProcedureDefinition>>;
  documents: RequiredDocument[];
  grounds: GroundDefinition[];
  fees: FeeDefinition;
  terms: TermDefinition[];
  /** SHA-256 over the pack's files, so a result names the exact content that decided it. */
  hash: string;
}
