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

export const VIEW_SHAPE: Shape = {
  lang: true,
  registrationNumber: true,
  procedureTitle: true,
  wording: { subject: true, approved: true, refused: true, permitTitle: true, orderApproved: true, orderRefused: true },
  decidedByCommission: true,
  procedureIs: { issue: true, reissue: true, extension: true, ictIssue: true, ictReissue: true, ictExtension: true },
  ict: { foreignEntity: true, specialCondition: true },
  previousPermit: { number: true, issuedOn: true, validUntil: true },
  filedAt: true,
  filedOn: true,
  registeredAt: true,
  resultDueOn: true,
  provider: {
    name: true,
    address: true,
    territory: true,
    head: { name: true, position: true },
    executor: { name: true },
    clerk: { name: true, position: true },
  },
  employer: { name: true, idLabel: true, id: true, address: true, headName: true },
  decision: { approved: true, partial: true, refused: true, incomplete: true },
  approvedWorkers: [WORKER],
  refusedWorkers: [WORKER],
  grounds: [{ text: true, citation: true, workers: true }],
  refusedNames: true,
  groundsText: true,
  year: true,
  missingDocuments: [{ title: true, worker: true }],
  handedDocuments: [{ number: true, title: true, worker: true }],
  fee: {
    amount: true,
    words: true,
    mrpValue: true,
    mrpDate: true,
    payBy: true,
    items: [{ worker: true, category: true, sectorGroup: true, rateMrp: true, amount: true }],
  },
  permit: { number: true, issuedOn: true },
};
