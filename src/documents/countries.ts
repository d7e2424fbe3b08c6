/**
 * Country names for the citizenship column of documents, by ISO 3166-1 alpha-2 code.
 * NOTE: only the countries most foreign workers in Kazakhstan come from are listed; a case with
 * another citizenship fails to render with a message naming the code, so the list can be extended.
 */
export const COUNTRY_NAMES: Record<string, { ru: string; kk: string }> = {
  AM: { ru: 'Армения', kk: 'Армения' },
  AZ: { ru: 'Азербайджан', kk: 'Әзербайжан' },
  BY: { ru: 'Беларусь', kk: 'Беларусь' },
  CA: { ru: 'Канада', kk: 'Канада' },
  CN: { ru: 'Китай', kk: 'Қытай' },
  CZ: { ru: 'Чехия', kk: 'Чехия' },
  DE: { ru: 'Германия', kk: 'Германия' },
  FR: { ru: 'Франция', kk: 'Франция' },
  GB: { ru: 'Великобритания', kk: 'Ұлыбритания' },
  GE: { ru: 'Грузия', kk: 'Грузия' },
  IN: { ru: 'Индия', kk: 'Үндістан' },
  IT: { ru: 'Италия', kk: 'Италия' },
  JP: { ru: 'Япония', kk: 'Жапония' },
  KG: { ru: 'Кыргызстан', kk: 'Қырғызстан' },
  KR: { ru: 'Республика Корея', kk: 'Корея Республикасы' },
  MN: { ru: 'Монголия', kk: 'Моңғолия' },
  NL: { ru: 'Нидерланды', kk: 'Нидерланд' },
  PH: { ru: 'Филиппины', kk: 'Филиппин' },
  PK: { ru: 'Пакистан', kk: 'Пәкістан' },
  PL: { ru: 'Польша', kk: 'Польша' },
  RS: { ru: 'Сербия', kk: 'Сербия' },
  RU: { ru: 'Россия', kk: 'Ресей' },
  TJ: { ru: 'Таджикистан', kk: 'Тәжікстан' },
  TM: { ru: 'Туркменистан', kk: 'Түрікменстан' },
  TR: { ru: 'Турция', kk: 'Түркия' },
  UA: { ru: 'Украина', kk: 'Украина' },
  US: { ru: 'США', kk: 'АҚШ' },
  UZ: { ru: 'Узбекистан', kk: 'Өзбекстан' },
  VN: { ru: 'Вьетнам', kk: 'Вьетнам' },
};
