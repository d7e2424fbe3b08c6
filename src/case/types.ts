/** TypeScript view of schemas/case.schema.json; the schema is the authority. */

export type Procedure = 'issue' | 'reissue' | 'extension' | 'ict-issue' | 'ict-reissue' | 'ict-extension';
export type Channel = 'office' | 'portal';
export type DocumentLang = 'ru' | 'kk';
export type WorkerCategory = '1' | '2' | '3' | '4' | 'seasonal';

export interface Person {
  name: string;
  position?: string;
}

export interface StaffCount {
  kazakh: number;
  eaeu: number;
  foreign: number;
}

export interface Employer {
  name: string;
  bin?: string;
  iin?: string;
  address: string;
  oked: string;
  foreignBranch: boolean;
  head?: Person;
  phone?: string;
  email?: string;
  staff: { categories12: StaffCount; categories34: StaffCount };
}

export interface Worker {
  id: string;
  lastName: string;
  firstName: string;
  middleName?: string;
  citizenship: string;
  birthDate?: string;
  passport: { number: string; issuedOn?: string; validUntil?: string };
  category: WorkerCategory;
  position: string;
  education: { level: 'higher' | 'vocational' | 'secondary' | 'postgraduate'; specialty: string; institution?: string };
  experienceYears?: number;
  requestedTermMonths: number;
  ictServiceMonths?: number;
}

export interface HandedDocument {
  kind: string;
  worker?: string;
  pages?: number;
}

export interface PreviousPermit {
  number: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string;
  extensions?: number;
}

export interface Findings {
  inauthenticDocuments?: { document: string; worker?: string; note?: string }[];
  quotaRemaining?: Partial<Record<WorkerCategory, number>>;
  illegalEmploymentEstablishedOn?: string;
  qualificationMismatch?: string[];
}

export interface CaseEvents {
  notifiedAt?: string;
  feePaidOn?: string;
  permit?: { number: string; issuedOn: string };
  handedOverAt?: string;
  postedAt?: string;
}

export interface Case {
  registrationNumber: string;
  procedure: Procedure;
  channel: Channel;
  filedAt: string;
  languages: DocumentLang[];
  provider: { profile: string; head: Person; executor: Person; clerk: Person };
  employer: Employer;
  workers: Worker[];
  documents: HandedDocument[];
  previousPermit?: PreviousPermit;
  reissue?: { reason: string; details?: string };
  ict?: {
    foreignEntity: string;
    specialCondition?: 'training' | 'retraining' | 'upskilling' | 'new-jobs';
    transferredStaff: { categories12: number; categories34: number };
  };
  findings?: Findings;
  events?: CaseEvents;
}
