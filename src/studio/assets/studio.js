// The studio page: wires the editor, the tabs and the language switch to the studio's routes.
import { currentLang, getJson, postCase, t, useLanguage } from './api.js';
import { showDecision } from './decision.js';
import { downloadBundle, showDocuments } from './documents.js';
import { el, fill, formatMoment } from './dom.js';
import { loadSampleList, loadSampleText, showFieldErrors } from './editor.js';
import { showTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);

const state = { evaluation: undefined, text: '', tab: 'decision' };

/** Puts the current language's text into every element marked with data-i18n. */
function relabel() {
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  for (const button of document.querySelectorAll('button.lang')) button.setAttribute('aria-pressed', String(button.dataset.lang === currentLang()));
  document.title = t('studio.title');
}

function showEmpty() {
  for (const panel of ['decision', 'schedule', 'diagram', 'documents']) fill($(`panel-${panel}`), el('p', { class: 'hint' }, t('studio.empty')));
}

function showDiagram() {
  const result = state.evaluation?.ok ? state.evaluation.result : undefined;
  if (!result) return;
  const query = new URLSearchParams({ pack: result.pack.id, procedure: result.procedure, channel: result.channel, lang: currentLang() });
  const source = `/studio/api/diagram?${query}`;
  fill($('panel-diagram'),
    el('div', { class: 'diagram-scroll' }, el('img', { id: 'diagram', src: source, alt: t('studio.tab.diagram') })),
    el('p', {}, el('a', { href: source, target: '_blank', rel: 'noopener' }, t('studio.diagram.full-size'))));
}

async function showLint() {
  const panel = $('panel-lint');
  fill(panel, el('p', { class: 'busy' }, t('studio.busy')));
  const report = await getJson('/studio/api/lint');
  const summary = report.lines.length === 0 ? t('studio.lint.ok') : t('studio.lint.summary', { errors: report.errors, warnings: report.warnings });
  const refresh = el('button', { type: 'button' }, t('studio.lint.refresh'));
  refresh.addEventListener('click', () => void showLint());
  fill(panel,
    el('p', { class: report.errors > 0 ? 'lint-summary error' : 'lint-summary' }, summary),
    el('p', { class: 'hint' }, t('studio.lint.generation', { generation: report.generation, loadedAt: formatMoment(report.loadedAt) })),
    report.lines.length > 0 ? el('pre', { class: 'lint' }, report.lines.join('\n')) : null,
    refresh);
}

/** Shows the active tab; the diagram, the documents and the lint report are loaded when opened. */
async function showTab(tab) {
  state.tab = tab;
  for (const button of document.querySelectorAll('[role=tab]')) button.setAttribute('aria-selected', String(button.dataset.tab === tab));
  for (const panel of document.querySelectorAll('[role=tabpanel]')) panel.hidden = panel.id !== `panel-${tab}`;
  if (tab === 'lint') return showLint();
  if (!state.evaluation?.ok) return;
  if (tab === 'diagram') showDiagram();
  if (tab === 'documents') await showDocuments($('panel-documents'), state.text);
}

/** Sends the text in the editor for evaluation and shows the result or the field errors. */
async function evaluate() {
  state.text = $('case-text').value;
  $('status').textContent = t('studio.busy');
  try {
    state.evaluation = await postCase('/studio/api/evaluate', state.text);
    $('status').textContent = '';
  } catch (error) {
    $('status').textContent = t('studio.request-failed', { detail: error.message });
    return;
  }
  showFieldErrors($('field-errors'), state.text, state.evaluation);
  if (!state.evaluation.ok) {
    showEmpty();
    fill($('panel-decision'), el('p', { class: 'outcome rejected', id: 'outcome' }, t('studio.errors.title')));
    return showTab('decision');
  }
  showDecision($('panel-decision'), state.evaluation);
  showTimeline($('panel-schedule'), state.evaluation);
  fill($('panel-diagram'));
  fill($('panel-documents'));
  await showTab(state.tab === 'lint' ? 'decision' : state.tab);
}

async function selectSample(name) {
  if (!name) return;
  $('case-text').value = await loadSampleText(name);
  await evaluate();
}

async function switchLanguage(lang) {
  await useLanguage(lang);
  relabel();
  const selected = $('sample-select').value;
  await loadSampleList($('sample-select'));
  $('sample-select').value = selected;
  if (state.text !== '') await evaluate();
  else await showTab(state.tab);
}

async function start() {
  await useLanguage(currentLang());
  relabel();
  showEmpty();
  await loadSampleList($('sample-select'));
  $('sample-select').addEventListener('change', (event) => void selectSample(event.target.value));
  $('evaluate-button').addEventListener('click', () => void evaluate());
  $('download-button').addEventListener('click', () => void downloadBundle($('case-text').value, $('status')));
  for (const button of document.querySelectorAll('button.lang')) button.addEventListener('click', () => void switchLanguage(button.dataset.lang));
  for (const button of document.querySelectorAll('[role=tab]')) button.addEventListener('click', () => void showTab(button.dataset.tab));
  const preselected = new URLSearchParams(location.search).get('sample');
  if (preselected) {
    $('sample-select').value = preselected;
    await selectSample(preselected);
  }
  document.body.dataset.ready = 'true';
}

void start();
