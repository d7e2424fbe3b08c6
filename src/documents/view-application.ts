import type { Case, DocumentLang, StaffCount, Worker } from '../case/types.js';
import type { CaseResult } from '../decision/result.js';
import type { RulePack } from '../pack/types.js';
import { workerFullName } from '../decision/names.js';
import { formatDateShort } from '../language/index.js';
import { countryName } from './countries.js';
import { CATEGORY_LABELS, EDUCATION_LEVELS, OTHER_REISSUE_REASON, REISSUE_REASONS } from './labels.js';

/** Staff numbers by category group as the application table prints them. */
function staffView(staff: { categories12: StaffCount; categories34: StaffCount }): Record<string, unknown> {
  const group = (count: StaffCount) => ({ kazakh: count.kazakh, eaeu: count.eaeu, foreign: count.foreign, total: count.kazakh + count.eaeu + count.foreign });
  return { categories12: group(staff.categories12), categories34: group(staff.categories34) };
}

/** Builds one worker as the application lists them, with an empty string for each absent optional value. */
function applicantView(worker: Worker, lang: DocumentLang, number: number): Record<string, unknown> {
  return {
    number,
    fullName: workerFullName(worker),
    citizenship: countryName(worker.citizenship, lang),
    birthDate: worker.birthDate ? formatDateShort(worker.birthDate) : '',
    passport: worker.passport.number,
    passportValidUntil: worker.passport.validUntil ? formatDateShort(worker.passport.validUntil) : '',
    category: CATEGORY_LABELS[worker.category][lang],
    position: worker.position,
    education: {
      level: EDUCATION_LEVELS[worker.education.level][lang],
      specialty: worker.education.specialty,
      institution: worker.education.institution ?? '',
    },
    experienceYears: worker.experienceYears === undefined ? '' : String(worker.experienceYears),
    ictServiceMonths: worker.ictServiceMonths === undefined ? '' : String(worker.ictServiceMonths),
    requestedTermMonths: worker.requestedTermMonths,
  };
}

/** Lists the documents handed in with the application, without the application itself. */
function attachmentsView(data: Case, pack: RulePack, lang: DocumentLang): { number: number; title: string; worker: string }[] {
  return data.documents
    .filter((document) => document.kind !== 'application')
    .map((document, index) => {
      const definition = pack.documents.find((entry) => entry.id === document.kind);
      const worker = document.worker === undefined ? undefined : data.workers.find((candidate) => candidate.id === document.worker);
      return { number: index + 1, title: definition ? definition.title[lang] : document.kind, worker: worker ? workerFullName(worker) : '' };
    });
}

function reissueView(data: Case, lang: DocumentLang): Record<string, unknown> | false {
  if (!data.reissue) return false;
  const reason = REISSUE_REASONS[data.reissue.reason] ?? OTHER_REISSUE_REASON;
  return { reason: reason[lang], details: data.reissue.details ?? '' };
}

/** Builds the employer fields only the application prints: ОКЭД, contacts and staff numbers. */
export function employerDetailsView(data: Case): Record<string, unknown> {
  return {
    oked: data.employer.oked,
    phone: data.employer.phone ?? '',
    email: data.employer.email ?? '',
    foreignBranch: data.employer.foreignBranch,
    staff: staffView(data.employer.staff),
  };
}

/**
 * Builds the other fields only the application (appendix 2) prints: the channel, the signing date,
 * every worker as filed, the attached documents, the re-issue reason and the status the personal
 * account shows once the request is accepted.
 */
export function applicationView(data: Case, result: CaseResult, pack: RulePack, lang: DocumentLang): Record<string, unknown> {
  // The first step of the schedule accepts the application: the office registration or the portal acceptance.
  const acceptance = result.schedule.steps[0];
  return {
    channel: { office: data.channel === 'office', portal: data.channel === 'portal' },
    signedOn: data.filedAt.slice(0, 10),
    workers: data.workers.map((worker, index) => applicantView(worker, lang, index + 1)),
    attachments: attachmentsView(data, pack, lang),
    reissue: reissueView(data, lang),
    cabinetStatus: acceptance?.cabinetStatus?.[lang] ?? '',
  };
}
