/**
 * Kazakh identification numbers: the ИИН of a person and the БИН of a legal entity.
 * Both are 12-digit strings whose last digit is a weighted mod-11 check digit.
 */
export { checkIin } from './iin.js';
export { checkBin } from './bin.js';
export { withCheckDigit } from './check-digit.js';
export type {
  BinCheck,
  BinEntityKind,
  BinUnitKind,
  IdentifierRejection,
  IinCheck,
  InvalidIdentifier,
  Sex,
  ValidBin,
  ValidIin,
} from './types.js';
