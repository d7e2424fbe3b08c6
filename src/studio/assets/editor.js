// The case editor: the sample list, the text area and the field errors shown beside the lines
// of the fields they concern.
import { getJson, t } from './api.js';
import { el, fill } from './dom.js';

/** Fills the sample list; each option shows the sample's name and its expected decision. */
export async function loadSampleList(select) {
  const samples = await getJson('/studio/api/samples');
  const first = select.options[0];
  select.replaceChildren(first);
  for (const sample of samples) {
    const decision = sample.decision ? ` — ${t(`studio.decision.${sample.decision}`)}` : '';
    select.append(el('option', { value: sample.name }, `${sample.name}${decision}`));
  }
  return samples;
}

export async function loadSampleText(name) {
  const { text } = await getJson(`/studio/api/samples/${encodeURIComponent(name)}`);
  return text;
}

/**
 * Shows the case text with line numbers and puts each field error, highlighted, right under the
 * line of its field. Lines far from any error are folded, so the list stays short.
 */
export function showFieldErrors(container, text, evaluation) {
  if (evaluation.ok) {
    fill(container);
    return;
  }
  const lines = text.split('\n');
  const byLine = new Map();
  for (const field of evaluation.fields) byLine.set(field.line, [...(byLine.get(field.line) ?? []), field]);
  const near = (number) => [...byLine.keys()].some((line) => Math.abs(line - number) <= 2);

  const rows = [];
  let folded = false;
  lines.forEach((line, index) => {
    const number = index + 1;
    if (!near(number)) {
      if (!folded) rows.push(el('div', { class: 'fold' }, '…'));
      folded = true;
      return;
    }
    folded = false;
    const errors = byLine.get(number) ?? [];
    rows.push(el('div', { class: errors.length > 0 ? 'line has-error' : 'line', 'data-line': number }, el('span', { class: 'number' }, number), el('code', {}, line)));
    for (const field of errors) rows.push(el('div', { class: 'field-error', 'data-pointer': field.pointer }, `${field.pointer || '/'}: ${field.message}`));
  });

  const problem = evaluation.problem;
  fill(container, el('h3', {}, t('studio.errors.title')), el('p', { class: 'problem' }, `${problem.title}. ${problem.detail}`), el('div', { class: 'annotated' }, rows));
}
