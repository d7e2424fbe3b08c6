/** One-line explanations of the days a deadline skipped or counted, in the interface languages. */
import { isLang, translate } from '../i18n/index.js';
import { formatDottedDate, weekdayName } from './civil-date.js';
import { CalendarError } from './errors.js';
import type { CountedWeekendDay, Language, SkippedDay } from './types.js';

/**
 * Describes a skipped day, e.g. «21.03.2017 — Наурыз мейрамы»,
 * «20.03.2017 — перенесённый выходной (рабочая суббота 18.03.2017)» or
 * «19.03.2017 — выходной день (воскресенье)».
 */
export function describeSkippedDay(day: SkippedDay, lang: Language): string {
  assertLanguage(lang);
  const date = formatDottedDate(day.date);

  switch (day.reason) {
    case 'weekend':
      return translate(lang, 'calendar.skipped.weekend', { date, weekday: weekdayText(lang, day.date) });
    case 'holiday':
    case 'religious-holiday':
      return translate(lang, 'calendar.skipped.holiday', { date, name: day.name[lang] });
    case 'moved-day-off':
      return translate(lang, 'calendar.skipped.moved-day-off', {
        date,
        holidayDate: formatDottedDate(relatedDateOf(day)),
        holiday: day.name[lang],
      });
    case 'transferred-day-off': {
      const workingDate = relatedDateOf(day);
      return translate(lang, `calendar.skipped.transferred-day-off.${weekdayName(workingDate)}`, {
        date,
        workingDate: formatDottedDate(workingDate),
      });
    }
  }
}

/** Describes a decreed working weekend day that counted, e.g. «18.03.2017 — рабочая суббота (…)». */
export function describeCountedWeekendDay(day: CountedWeekendDay, lang: Language): string {
  assertLanguage(lang);
  return translate(lang, `calendar.counted.${weekdayName(day.date)}`, {
    date: formatDottedDate(day.date),
    dayOff: formatDottedDate(day.dayOff),
  });
}

function weekdayText(lang: Language, date: string): string {
  return translate(lang, `calendar.weekday.${weekdayName(date)}`);
}

function relatedDateOf(day: SkippedDay): string {
  if (day.relatedDate === undefined) {
    throw new Error(`Skipped day ${day.date} (${day.reason}) has no related date.`);
  }

  return day.relatedDate;
}

function assertLanguage(value: string): void {
  if (!isLang(value)) {
    throw new CalendarError(
      'calendar.unknown-language',
      `Unknown language "${value}": expected ru, kk or en (Kazakh is "kk", not "kz").`,
      { value },
    );
  }
}
