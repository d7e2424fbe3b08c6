import type { DocumentLang } from '../case/types.js';
import { TemplateError } from './helpers.js';

/**
 * Country names for the citizenship column of documents, by ISO 3166-1 alpha-2 code.
 * NOTE: only the countries most foreign workers in Kazakhstan come from are listed; a case with
 * another citizenship fails to render with a message naming the code, so the list can be extended.
 */
export const COUNTRY_NAMES: Record<string, { ru: string; kk: string }> = {
  AE: { ru: 'Объединённые Арабские Эмираты', kk: 'Біріккен Араб Әмірліктері' },
  AF: { ru: 'Афганистан', kk: 'Ауғанстан' },
  AM: { ru: 'Армения', kk: 'Армения' },
  AT: { ru: 'Австрия', kk: 'Австрия' },
  AU: { ru: 'Австралия', kk: 'Австралия' },
  AZ: { ru: 'Азербайджан', kk: 'Әзербайжан' },
  BD: { ru: 'Бангладеш', kk: 'Бангладеш' },
  BE: { ru: 'Бельгия', kk: 'Бельгия' },
  BG: { ru: 'Болгария', kk: 'Болгария' },
  BR: { ru: 'Бразилия', kk: 'Бразилия' },
  BY: { ru: 'Беларусь', kk: 'Беларусь' },
  CA: { ru: 'Канада', kk: 'Канада' },
  CH: { ru: 'Швейцария', kk: 'Швейцария' },
  CN: { ru: 'Китай', kk: 'Қытай' },
  CZ: { ru: 'Чехия', kk: 'Чехия' },
  DE: { ru: 'Германия', kk: 'Германия' },
  DK: { ru: 'Дания', kk: 'Дания' },
  EE: { ru: 'Эстония', kk: 'Эстония' },
  EG: { ru: 'Египет', kk: 'Мысыр' },
  ES: { ru: 'Испания', kk: 'Испания' },
  FI: { ru: 'Финляндия', kk: 'Финляндия' },
  FR: { ru: 'Франция', kk: 'Франция' },
  GB: { ru: 'Великобритания', kk: 'Ұлыбритания' },
  GE: { ru: 'Грузия', kk: 'Грузия' },
  GR: { ru: 'Греция', kk: 'Грекия' },
  HU: { ru: 'Венгрия', kk: 'Венгрия' },
  ID: { ru: 'Индонезия', kk: 'Индонезия' },
  IE: { ru: 'Ирландия', kk: 'Ирландия' },
  IL: { ru: 'Израиль', kk: 'Израиль' },
  IN: { ru: 'Индия', kk: 'Үндістан' },
  IR: { ru: 'Иран', kk: 'Иран' },
  IT: { ru: 'Италия', kk: 'Италия' },
  JP: { ru: 'Япония', kk: 'Жапония' },
  KG: { ru: 'Кыргызстан', kk: 'Қырғызстан' },
  KR: { ru: 'Республика Корея', kk: 'Корея Республикасы' },
  LK: { ru: 'Шри-Ланка', kk: 'Шри-Ланка' },
  LT: { ru: 'Литва', kk: 'Литва' },
  LV: { ru: 'Латвия', kk: 'Латвия' },
  MD: { ru: 'Молдова', kk: 'Молдова' },
  MN: { ru: 'Монголия', kk: 'Моңғолия' },
  MY: { ru: 'Малайзия', kk: 'Малайзия' },
  NL: { ru: 'Нидерланды', kk: 'Нидерланд' },
  NO: { ru: 'Норвегия', kk: 'Норвегия' },
  NP: { ru: 'Непал', kk: 'Непал' },
  PH: { ru: 'Филиппины', kk: 'Филиппин' },
  PK: { ru: 'Пакистан', kk: 'Пәкістан' },
  PL: { ru: 'Польша', kk: 'Польша' },
  PT: { ru: 'Португалия', kk: 'Португалия' },
  RO: { ru: 'Румыния', kk: 'Румыния' },
  RS: { ru: 'Сербия', kk: 'Сербия' },
  RU: { ru: 'Россия', kk: 'Ресей' },
  SA: { ru: 'Саудовская Аравия', kk: 'Сауд Арабиясы' },
  SE: { ru: 'Швеция', kk: 'Швеция' },
  SG: { ru: 'Сингапур', kk: 'Сингапур' },
  TH: { ru: 'Таиланд', kk: 'Тайланд' },
  TJ: { ru: 'Таджикистан', kk: 'Тәжікстан' },
  TM: { ru: 'Туркменистан', kk: 'Түрікменстан' },
  TR: { ru: 'Турция', kk: 'Түркия' },
  UA: { ru: 'Украина', kk: 'Украина' },
  US: { ru: 'США', kk: 'АҚШ' },
  UZ: { ru: 'Узбекистан', kk: 'Өзбекстан' },
  VN: { ru: 'Вьетнам', kk: 'Вьетнам' },
};

/** Returns the country name of an ISO 3166-1 alpha-2 code in a document language. */
export function countryName(code: string, lang: DocumentLang): string {
  const names = COUNTRY_NAMES[code];
  if (!names) throw new TemplateError('template.render-failed', { reason: `no ${lang} name for citizenship "${code}": add the country to COUNTRY_NAMES in src/documents/countries.ts` });
  return names[lang];
}
