import { LANGUAGES, translate, type Lang } from '../i18n/index.js';
import { escapeXml } from './svg.js';

const TABS = ['decision', 'schedule', 'diagram', 'documents', 'lint'] as const;
const LANGUAGE_NAMES: Record<Lang, string> = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

/** Renders an element whose text is the message `code`; the page script swaps it when the language changes. */
function label(tag: string, code: string, lang: Lang, attributes = ''): string {
  return `<${tag}${attributes} data-i18n="${code}">${escapeXml(translate(lang, code))}</${tag}>`;
}

function languageButtons(lang: Lang): string {
  return LANGUAGES.map((code) => `<button type="button" class="lang" data-lang="${code}" lang="${code}" aria-pressed="${code === lang}">${LANGUAGE_NAMES[code]}</button>`).join('');
}

function tabs(lang: Lang): string {
  const buttons = TABS.map((tab, index) => label('button', `studio.tab.${tab}`, lang, ` type="button" role="tab" class="tab" id="tab-${tab}" data-tab="${tab}" aria-selected="${index === 0}"`)).join('');
  const panels = TABS.map((tab, index) => `<div role="tabpanel" class="panel" id="panel-${tab}" aria-labelledby="tab-${tab}"${index === 0 ? '' : ' hidden'}></div>`).join('');
  return `<div role="tablist">${buttons}</div>${panels}`;
}

/**
 * Renders the studio page: the case editor on the left, and on the right the tabs with the
 * decision, the schedule, the procedure diagram, the documents and the lint report. The labels are
 * in the requested language, and `studio.js` fills in the rest from the studio's JSON routes.
 */
export function studioPage(lang: Lang): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(translate(lang, 'studio.title'))}</title>
<link rel="stylesheet" href="/studio/assets/studio.css">
<script type="module" src="/studio/assets/studio.js"></script>
</head>
<body>
<header>
${label('h1', 'studio.title', lang)}
${label('p', 'studio.subtitle', lang, ' class="subtitle"')}
<div class="languages" role="group" aria-label="${escapeXml(translate(lang, 'studio.language'))}" data-i18n-label="studio.language">${languageButtons(lang)}</div>
</header>
<main>
<section class="case" aria-labelledby="case-heading">
${label('h2', 'studio.case', lang, ' id="case-heading"')}
${label('label', 'studio.sample', lang, ' for="sample-select"')}
<select id="sample-select"><option value="" data-i18n="studio.sample.choose">${escapeXml(translate(lang, 'studio.sample.choose'))}</option></select>
${label('p', 'studio.case.hint', lang, ' class="hint"')}
<textarea id="case-text" spellcheck="false" wrap="off" rows="30" aria-labelledby="case-heading"></textarea>
<div class="actions">
${label('button', 'studio.evaluate', lang, ' type="button" id="evaluate-button" class="primary"')}
${label('button', 'studio.download', lang, ' type="button" id="download-button"')}
</div>
<p id="status" role="status"></p>
<div id="field-errors"></div>
</section>
<section class="result">
${tabs(lang)}
</section>
</main>
</body>
</html>
`;
}
