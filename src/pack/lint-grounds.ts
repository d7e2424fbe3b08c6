import type { ContentProblem } from '../content/problem.js';
import { FACTS } from '../rules/facts.js';
import { nearestName } from '../util/nearest.js';
import { pointerOf } from '../case/pointer.js';
import type { ConditionTree, GroundDefinition } from './types.js';

const NUMERIC_OPERATORS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

function checkFactName(name: string, file: string, pointer: string, problems: ContentProblem[]): boolean {
  if (name in FACTS) return true;
  const suggestion = nearestName(name, Object.keys(FACTS));
  problems.push(
    suggestion
      ? { severity: 'error', code: 'content.unknown-fact.suggest', file, pointer, params: { fact: name, suggestion } }
      : { severity: 'error', code: 'content.unknown-fact', file, pointer, params: { fact: name } },
  );
  return false;
}

function checkLeaf(leaf: { fact: string; operator: string; value: unknown }, file: string, pointer: string, problems: ContentProblem[]): void {
  if (!checkFactName(leaf.fact, file, pointer + '/fact', problems)) return;
  const factType = FACTS[leaf.fact]!.type;

  // Numeric operators on text or dates compare nothing meaningful (json-rules-engine parses the
  // leading number of a string), so they are allowed only on number facts.
  if (NUMERIC_OPERATORS.has(leaf.operator) && factType !== 'number') {
    problems.push({ severity: 'error', code: 'content.operator-type', file, pointer: pointer + '/operator', params: { operator: leaf.operator, fact: leaf.fact, type: factType } });
  }

  const value = leaf.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    checkFactName(String((value as { fact: unknown }).fact), file, pointer + '/value/fact', problems);
    return;
  }
  const values = Array.isArray(value) ? value : [value];
  for (const item of values) {
    if (typeof item !== factType) {
      problems.push({ severity: 'error', code: 'content.value-type', file, pointer: pointer + '/value', params: { fact: leaf.fact, type: factType, value: JSON.stringify(item) } });
    }
  }
}

function walk(tree: ConditionTree, file: string, pointer: string, problems: ContentProblem[]): void {
  if ('all' in tree) tree.all.forEach((child, index) => walk(child, file, `${pointer}/all/${index}`, problems));
  else if ('any' in tree) tree.any.forEach((child, index) => walk(child, file, `${pointer}/any/${index}`, problems));
  else if ('not' in tree) walk(tree.not, file, `${pointer}/not`, problems);
  else checkLeaf(tree, file, pointer, problems);
}

/** Checks every condition of every ground: known fact names, operators that fit the fact's type, value types. */
export function lintGrounds(grounds: GroundDefinition[], file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  grounds.forEach((ground, index) => {
    if (ids.has(ground.id)) problems.push({ severity: 'error', code: 'content.duplicate-id', file, pointer: pointerOf('grounds', index, 'id'), params: { id: ground.id } });
    ids.add(ground.id);
    // json-rules-engine accepts only all, any or not at the top of a rule.
    if ('fact' in ground.conditions) problems.push({ severity: 'error', code: 'content.condition-top', file, pointer: pointerOf('grounds', index, 'conditions'), params: {} });
    walk(ground.conditions, file, pointerOf('grounds', index, 'conditions'), problems);
    if (ground.scope === 'case') checkCaseScope(ground.conditions, file, pointerOf('grounds', index), problems);
  });
  return problems;
}

/** Reports worker facts in a case-scoped ground, which runs once per application and has no worker. */
function checkCaseScope(tree: ConditionTree, file: string, pointer: string, problems: ContentProblem[]): void {
  const facts: string[] = [];
  const collect = (node: ConditionTree): void => {
    if ('all' in node) node.all.forEach(collect);
    else if ('any' in node) node.any.forEach(collect);
    else if ('not' in node) collect(node.not);
    else facts.push(node.fact);
  };
  collect(tree);
  for (const fact of facts) {
    if (FACTS[fact]?.scope === 'worker') problems.push({ severity: 'error', code: 'content.worker-fact-in-case-ground', file, pointer: pointer + '/scope', params: { fact } });
  }
}
