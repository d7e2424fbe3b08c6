/** Reason an ИИН or БИН was rejected. */
export type IdentifierRejection =
  /** Not a string of exactly 12 ASCII digits (numbers, spaces and other characters are rejected). */
  | 'format'
  /** The 12th digit does not match the first 11, or the first 11 digits admit no check digit. */
  | 'check-digit'
  /** The encoded birth or registration date does not exist, or the century digit is not 1-6. */
  | 'date'
  /** The kind digits belong to the other identifier (a БИН given as an ИИН) or to no known kind. */
  | 'kind';

export interface InvalidIdentifier {
  valid: false;
  reason: IdentifierRejection;
}

export type Sex = 'male' | 'female';

/** A valid ИИН and the parts it encodes. */
export interface ValidIin {
  valid: true;
  /** The 12 digits exactly as given, leading zero included. */
  value: string;
  /** Birth date as `YYYY-MM-DD`, with the century taken from the 7th digit. */
  birthDate: string;
  sex: Sex;
  /** Digits 8-11. */
  serial: string;
}

export type IinCheck = ValidIin | InvalidIdentifier;

/** Legal form encoded in the 5th digit of a БИН. */
export type BinEntityKind =
  | 'resident-legal-entity'
  | 'non-resident-legal-entity'
  | 'joint-individual-entrepreneurship';

/** Unit type encoded in the 6th digit of a БИН. */
export type BinUnitKind = 'head-unit' | 'branch' | 'representative-office' | 'peasant-farm';

/** A valid БИН and the parts it encodes. */
export interface ValidBin {
  valid: true;
  /** The 12 digits exactly as given, leading zero included. */
  value: string;
  /** The two year digits of the (re)registration: 0-99, because the БИН does not encode the century. */
  registrationYearOfCentury: number;
  /** Month of the (re)registration, 1-12. */
  registrationMonth: number;
  entityKind: BinEntityKind;
  unitKind: BinUnitKind;
  /** Digits 7-11. */
  serial: string;
}

export type BinCheck = ValidBin | InvalidIdentifier;
