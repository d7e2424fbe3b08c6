import { translate } from '../i18n/index.js';
import type { LocalizedText } from './types.js';

/** Returns the text of a message code in all three interface languages. */
export function localizedMessage(code: string, params: Record<string, string | number> = {}): LocalizedText {
  return {
    ru: translate('ru', code, params),
    kk: translate('kk', code, params),
    en: translate('en', code, params),
  };
}
