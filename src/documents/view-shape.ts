/**
 * The shape of the data every template sees (built by `buildView`): `true` marks a value, a nested
 * object a group of fields, and a one-element array a list whose items have that shape. Template
 * lint checks every variable a template reads against this shape; a test checks that the view of
 * every sample has exactly these fields.
 */
export type Shape = true | { [field: string]: Shape } | [Shape];

const WORKER: Shape = {
  number: true,
  id: true,
  fullName: true,
  citizenship: true,
  passport: true,
  position: true,
  category: true,
  termMonths: true,
  validFrom: true,
  validUntil: true,
};

/** A worker as the application lists them, whatever the decision. */
const APPLICANT: Shape = {
  number: true,
  fullName: true,
  citizenship: true,
  birthDate: true,
  passport: true,
  passportValidUntil: true,
  category: true,
  position: true,
  education: { level: true, specialty: true, institution: true },
  experienceYears: true,
  ictServiceMonths: true,
  requestedTermMonths: true,
};

const STAFF_GROUP: Shape = { kazakh: true, eaeu: true, foreign: true, total: true };

export const VIEW_SHAPE: Shape = {
  lang: true,
  registrationNumber: true,
  procedureTitle: true,
  wording: { subject: true, approved: true, refused: true, permitTitle: true, orderApproved: true, orderRefused: true },
  decidedByCommission: true,
  procedureIs: { issue: true, reissue: true, extension: true, ictIssue: true, ictReissue: true, ictExtension: true, anyExtension: true, anyReissue: true },
  ict: { foreignEntity: true, specialCondition: true, transferredStaff: { categories12: true, categories34: true } },
  previousPermit: { number: true, issuedOn: true, validFrom: true, validUntil: true },
  filedAt: true,
  filedOn: true,
  registeredAt: true,
  resultDueOn: true,
  provider: {
    name: true,
    address: true,
    territory: true,
    head: { name: true, shortName: true, position: true },
    executor: { name: true, shortName: true },
    clerk: { name: true, shortName: true, position: true },
  },
  employer: {
    name: true,
    idLabel: true,
    id: true,
    address: true,
    headName: true,
    headShortName: true,
    oked: true,
    phone: true,
    email: true,
    foreignBranch: true,
    staff: { categories12: STAFF_GROUP, categories34: STAFF_GROUP },
  },
  decision: { approved: true, partial: true, refused: true, incomplete: true },
  approvedWorkers: [WORKER],
  refusedWorkers: [WORKER],
  grounds: [{ text: true, citation: true, workers: true, several: true }],
  refusedNames: true,
  severalRefused: true,
  groundsText: true,
  year: true,
  missingDocuments: [{ title: true, worker: true }],
  handedDocuments: [{ number: true, title: true, worker: true }],
  fee: {
    amount: true,
    words: true,
    amountWords: true,
    mrpValue: true,
    mrpDate: true,
    payBy: true,
    items: [{ worker: true, category: true, sectorGroup: true, rateMrp: true, amount: true }],
  },
  permit: { number: true, issuedOn: true },
  appeal: { intro: true, route: [{ text: true }] },
  channel: { office: true, portal: true },
  signedOn: true,
  workers: [APPLICANT],
  attachments: [{ number: true, title: true, worker: true }],
  reissue: { reason: true, details: true },
  cabinetStatus: true,
};
