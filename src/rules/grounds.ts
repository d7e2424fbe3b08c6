import { Engine, type RuleResult } from 'json-rules-engine';
import type { LocalizedText } from '../calendar/types.js';
import type { Procedure } from '../case/types.js';
import type { Confidence, ConditionTree, GroundDefinition, RulePack } from '../pack/types.js';
import type { FactValues } from './facts.js';

/** One leaf condition as it was evaluated: the fact, its value in this case, and the comparison. */
export interface ComparedFact {
  fact: string;
  operator: string;
  value: unknown;
  factValue: unknown;
  result: boolean;
}

export interface GroundResult {
  id: string;
  scope: 'case' | 'worker';
  /** The worker concerned, for a worker-scoped ground. */
  worker?: string;
  fired: boolean;
  confidence: Confidence;
  citation: LocalizedText;
  sourceNote?: LocalizedText;
  text: LocalizedText;
  facts: ComparedFact[];
}

interface EvaluatedLeaf {
  fact?: string;
  operator?: string;
  value?: unknown;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
  all?: EvaluatedLeaf[];
  any?: EvaluatedLeaf[];
  not?: EvaluatedLeaf;
}

function collectLeaves(node: EvaluatedLeaf, into: ComparedFact[]): void {
  if (node.all) node.all.forEach((child) => collectLeaves(child, into));
  else if (node.any) node.any.forEach((child) => collectLeaves(child, into));
  else if (node.not) collectLeaves(node.not, into);
  else if (node.fact !== undefined) {
    into.push({
      fact: node.fact,
      operator: node.operator ?? '',
      value: node.valueResult ?? node.value,
      factValue: node.factResult,
      result: node.result === true,
    });
  }
}

/**
 * A compiled set of grounds for one procedure and scope. All conditions share one priority, so
 * json-rules-engine evaluates every leaf and the trace shows every fact compared. The results follow
 * the pack's order (order, then id), not the order in which rules finished.
 */
export class GroundSet {
  private readonly engine: Engine;
  private readonly definitions: GroundDefinition[];

  constructor(definitions: GroundDefinition[]) {
    this.definitions = definitions;
    this.engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false });
    for (const ground of definitions) {
      this.engine.addRule({ name: ground.id, conditions: ground.conditions as never, event: { type: ground.id } });
    }
  }

  /** Tells whether any condition of the set reads `fact`, directly or as a compared value. */
  usesFact(fact: string): boolean {
    return this.definitions.some((ground) => JSON.stringify(ground.conditions).includes(`"fact":"${fact}"`));
  }

  async evaluate(facts: FactValues, worker?: string): Promise<GroundResult[]> {
    if (this.definitions.length === 0) return [];
    const { results, failureResults } = await this.engine.run(facts);
    const byId = new Map<string, RuleResult>();
    for (const result of [...results, ...failureResults]) byId.set(result.name as string, result);

    return this.definitions.map((ground) => {
      const outcome = byId.get(ground.id);
      const facts: ComparedFact[] = [];
      if (outcome) collectLeaves(outcome.conditions as unknown as EvaluatedLeaf, facts);
      return {
        id: ground.id,
        scope: ground.scope,
        ...(worker === undefined ? {} : { worker }),
        fired: outcome?.result === true,
        confidence: ground.confidence,
        citation: ground.citation,
        ...(ground.sourceNote ? { sourceNote: ground.sourceNote } : {}),
        text: ground.text,
        facts,
      };
    });
  }
}

const cache = new WeakMap<RulePack, Map<string, GroundSet>>();

/** Returns the compiled grounds of a pack for one procedure and scope, compiling them once per pack. */
export function groundSet(pack: RulePack, procedure: Procedure, scope: 'case' | 'worker'): GroundSet {
  let sets = cache.get(pack);
  if (!sets) {
    sets = new Map();
    cache.set(pack, sets);
  }
  const key = `${procedure}:${scope}`;
  let set = sets.get(key);
  if (!set) {
    set = new GroundSet(pack.grounds.filter((ground) => ground.scope === scope && ground.procedures.includes(procedure)));
    sets.set(key, set);
  }
  return set;
}

export type { ConditionTree };
