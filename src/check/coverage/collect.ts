import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentSet } from '../../decision/content.js';
import { evaluateCase } from '../../decision/evaluate.js';
import { buildView } from '../../documents/view.js';
import { EngineError } from '../../errors/problem.js';
import type { SampleRef } from '../samples.js';
import { instrumentTemplates, type Branch } from './branches.js';

/** One thing the samples should exercise, with the samples that do. */
export interface CoverageItem {
  id: string;
  samples: string[];
}

export interface BranchCoverage extends Branch {
  samples: string[];
}

/** Items of each kind of content and the samples that exercise them. */
export interface Coverage {
  samples: number;
  /** Refusal grounds of every pack, `<pack>/<ground>`, exercised when a sample's result fires them. */
  grounds: CoverageItem[];
  /** Required documents of every pack, `<pack>/<document>`, exercised when a sample reports them missing. */
  requiredDocuments: CoverageItem[];
  /** Templates `<kind>.<lang>`, exercised when a sample's bundle renders them. */
  documentKinds: CoverageItem[];
  /** Procedure and outcome pairs `<procedure>/<outcome>` of every pack, exercised by a sample with that outcome. */
  outcomes: CoverageItem[];
  /** Both sides of every branching block of every template and partial. */
  branches: BranchCoverage[];
}

const OUTCOMES = ['approved', 'partially-approved', 'refused', 'incomplete'] as const;

class Tracker {
  private readonly hits = new Map<string, Set<string>>();

  constructor(ids: string[]) {
    for (const id of ids) this.hits.set(id, new Set());
  }

  add(id: string, sample: string): void {
    if (!this.hits.has(id)) this.hits.set(id, new Set());
    this.hits.get(id)!.add(sample);
  }

  items(): CoverageItem[] {
    return [...this.hits].map(([id, samples]) => ({ id, samples: [...samples].sort() }));
  }
}

/**
 * Evaluates every sample again and renders its documents with instrumented templates, to record
 * which grounds fire, which required documents are reported missing, which templates render and
 * which side of each template block runs. A sample whose case is rejected adds nothing.
 */
export async function collectCoverage(content: ContentSet, samples: SampleRef[]): Promise<Coverage> {
  const templates = instrumentTemplates(content.root);
  const grounds = new Tracker(content.packs.flatMap((pack) => pack.grounds.map((ground) => `${pack.id}/${ground.id}`)));
  const documents = new Tracker(content.packs.flatMap((pack) => pack.documents.map((document) => `${pack.id}/${document.id}`)));
  const kinds = new Tracker([...content.templates.templates.keys()].sort());
  const outcomes = new Tracker(content.packs.flatMap((pack) => Object.keys(pack.procedures).flatMap((procedure) => OUTCOMES.map((outcome) => `${pack.id}/${procedure}/${outcome}`))));
  const branchHits = new Map<number, Set<string>>();

  for (const sample of samples) {
    let evaluated;
    try {
      evaluated = await evaluateCase(JSON.parse(readFileSync(join(sample.dir, 'case.json'), 'utf8')), content);
    } catch (error) {
      if (error instanceof EngineError || error instanceof SyntaxError) continue;
      throw error;
    }
    const { data, result, pack, provider } = evaluated;
    for (const ground of result.grounds.fired) grounds.add(`${pack.id}/${ground.id}`, sample.name);
    for (const missing of result.missingDocuments) documents.add(`${pack.id}/${missing.id}`, sample.name);
    outcomes.add(`${pack.id}/${data.procedure}/${result.decision}`, sample.name);
    for (const document of result.documents) {
      for (const lang of document.languages) {
        // The same view as renderMarkup in src/bundle/index.ts builds for the real document.
        const view = buildView(data, result, pack, { name: provider.name[lang], address: provider.address[lang], territory: provider.territory[lang] }, lang, content.appeal);
        if (templates.render(`${document.kind}.${lang}`, view) === undefined) continue;
        kinds.add(`${document.kind}.${lang}`, sample.name);
        for (const id of templates.takeHits()) {
          if (!branchHits.has(id)) branchHits.set(id, new Set());
          branchHits.get(id)!.add(sample.name);
        }
      }
    }
  }

  return {
    samples: samples.length,
    grounds: grounds.items(),
    requiredDocuments: documents.items(),
    documentKinds: kinds.items(),
    outcomes: outcomes.items(),
    branches: templates.branches.map((branch) => ({ ...branch, samples: [...(branchHits.get(branch.id) ?? [])].sort() })),
  };
}
