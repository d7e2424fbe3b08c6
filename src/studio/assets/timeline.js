// The schedule as a timeline: one column per calendar day from filing to the last deadline, one
// row per step, and every day the deadlines skipped hatched with its reason.
import { currentLang, t } from './api.js';
import { el, fill, formatMoment } from './dom.js';

const WEEKDAYS = {
  ru: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  kk: ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сн'],
  en: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
};

/** Why a day counts or not, in words: the holiday's name, or the kind of day off. */
function dayTitle(day) {
  const lang = currentLang();
  if (day.kind === 'working-weekend') return t('studio.day.working-weekend', { date: formatMoment(day.dayOff) });
  const kind = t(`studio.day.${day.kind}`);
  return day.name && day.kind !== 'weekend' ? `${formatMoment(day.date)}: ${kind} — ${day.name[lang] ?? day.name.ru}` : `${formatMoment(day.date)}: ${kind}`;
}

function headerRow(days) {
  const weekdays = WEEKDAYS[currentLang()] ?? WEEKDAYS.ru;
  return el('tr', {}, el('th', { class: 'step-name' }, t('studio.schedule.step')), days.map((day) =>
    el('th', { class: `day ${day.kind}`, title: dayTitle(day), 'data-date': day.date }, el('span', { class: 'date' }, day.date.slice(8, 10) === '01' || day === days[0] ? formatMoment(day.date).slice(0, 5) : day.date.slice(8, 10)), el('span', { class: 'weekday' }, weekdays[day.weekday]))));
}

function stepRow(row, days) {
  const lang = currentLang();
  const label = el('th', { class: 'step-name', scope: 'row' },
    el('span', { class: 'actor' }, row.actorTitle[lang] ?? row.actorTitle.ru),
    el('span', { class: 'action' }, row.action[lang] ?? row.action.ru),
    el('span', { class: `due ${row.status}` }, `${t('studio.schedule.due', { due: formatMoment(row.due) })} · ${t(`studio.status.${row.status}`)}`));
  const cells = days.map((day, index) => {
    const inside = index >= row.from && index <= row.to;
    const classes = ['day', day.kind, inside ? `bar ${row.status}` : '', index === row.to ? 'due-day' : ''].filter(Boolean).join(' ');
    return el('td', { class: classes, title: dayTitle(day) });
  });
  return el('tr', { 'data-step': row.id }, label, cells);
}

/** Renders the schedule panel from the evaluation's timeline. */
export function showTimeline(panel, evaluation) {
  const { timeline } = evaluation;
  fill(panel,
    el('p', {}, t('studio.schedule.filed', { filed: formatMoment(timeline.filedAt), registered: formatMoment(timeline.registeredAt) })),
    el('p', { class: 'hint' }, t('studio.legend')),
    el('div', { class: 'timeline-scroll' }, el('table', { class: 'timeline' }, el('thead', {}, headerRow(timeline.days)), el('tbody', {}, timeline.rows.map((row) => stepRow(row, timeline.days))))));
}
