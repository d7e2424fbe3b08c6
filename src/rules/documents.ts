import type { LocalizedText } from '../calendar/types.js';
import type { Case } from '../case/types.js';
import type { RequiredDocument, RulePack } from '../pack/types.js';

export interface MissingDocument {
  id: string;
  title: LocalizedText;
  citation: string;
  /** The worker whose document is missing, for per-worker documents. */
  worker?: string;
}

function appliesTo(document: RequiredDocument, data: Case): boolean {
  return document.procedures.includes(data.procedure) && (!document.channels || document.channels.includes(data.channel));
}

/**
 * Lists the required documents the case lacks, in the pack's order, case documents first and then
 * each worker's in the order of the workers. A per-worker document counts only when handed in for
 * that worker.
 */
export function findMissingDocuments(data: Case, pack: RulePack): MissingDocument[] {
  const handed = new Set(data.documents.map((document) => `${document.kind}\u0000${document.worker ?? ''}`));
  const handedAnyWorker = new Set(data.documents.map((document) => document.kind));
  const missing: MissingDocument[] = [];
  const required = pack.documents.filter((document) => appliesTo(document, data));

  for (const document of required.filter((entry) => entry.per === 'case')) {
    if (!handedAnyWorker.has(document.id)) missing.push({ id: document.id, title: document.title, citation: document.citation });
  }
  for (const worker of data.workers) {
    for (const document of required.filter((entry) => entry.per === 'worker')) {
      if (document.categories && !document.categories.includes(worker.category)) continue;
      if (!handed.has(`${document.id}\u0000${worker.id}`)) missing.push({ id: document.id, title: document.title, citation: document.citation, worker: worker.id });
    }
  }
  return missing;
}
