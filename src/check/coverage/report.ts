import { translate, type Lang } from '../../i18n/index.js';
import type { BranchCoverage, Coverage, CoverageItem } from './collect.js';

/** Sample names printed after a covered item before the list is cut to a count. */
const NAMES_SHOWN = 3;

function sampleList(samples: string[], lang: Lang): string {
  const shown = samples.slice(0, NAMES_SHOWN).join(', ');
  return samples.length > NAMES_SHOWN ? translate(lang, 'check.coverage.more', { names: shown, count: samples.length - NAMES_SHOWN }) : shown;
}

function section(title: string, items: CoverageItem[], lang: Lang): string[] {
  const covered = items.filter((item) => item.samples.length > 0);
  const missed = items.filter((item) => item.samples.length === 0);
  const lines = [translate(lang, 'check.coverage.section', { title, covered: covered.length, total: items.length })];
  for (const item of covered) lines.push(`  ✓ ${item.id} — ${sampleList(item.samples, lang)}`);
  lines.push(missed.length === 0 ? `  ${translate(lang, 'check.coverage.all-covered')}` : `  ${translate(lang, 'check.coverage.none')}`);
  for (const item of missed) lines.push(`  ✗ ${item.id}`);
  return lines;
}

function branchLabel(branch: BranchCoverage, lang: Lang): string {
  const side = translate(lang, `check.coverage.side.${branch.helper === 'each' ? 'each' : 'if'}.${branch.side}`);
  const implicit = branch.written ? '' : ` ${translate(lang, 'check.coverage.implicit-else')}`;
  return `${branch.file}:${branch.line}:${branch.column} {{#${branch.helper} ${branch.expression}}} — ${side}${implicit}`;
}

function branchSection(branches: BranchCoverage[], lang: Lang): string[] {
  const covered = branches.filter((branch) => branch.samples.length > 0).length;
  const missed = branches.filter((branch) => branch.samples.length === 0);
  const lines = [translate(lang, 'check.coverage.section', { title: translate(lang, 'check.coverage.branches'), covered, total: branches.length })];
  lines.push(missed.length === 0 ? `  ${translate(lang, 'check.coverage.all-covered')}` : `  ${translate(lang, 'check.coverage.none')}`);
  for (const branch of missed) lines.push(`  ✗ ${branchLabel(branch, lang)}`);
  return lines;
}

/**
 * Formats the coverage report. Grounds, required documents, templates and outcomes are listed
 * with the samples that exercise each, then the items no sample exercises. Template branches are
 * listed only when no sample takes them, by file, line and column.
 */
export function formatCoverage(coverage: Coverage, lang: Lang): string[] {
  return [
    translate(lang, 'check.coverage.header', { count: coverage.samples }),
    ...section(translate(lang, 'check.coverage.grounds'), coverage.grounds, lang),
    ...section(translate(lang, 'check.coverage.documents'), coverage.requiredDocuments, lang),
    ...section(translate(lang, 'check.coverage.kinds'), coverage.documentKinds, lang),
    ...section(translate(lang, 'check.coverage.outcomes'), coverage.outcomes, lang),
    ...branchSection(coverage.branches, lang),
  ];
}
