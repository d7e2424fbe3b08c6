import type { Worker } from '../case/types.js';
import { fullName } from '../language/index.js';

export function workerFullName(worker: Worker): string {
  return fullName({ lastName: worker.lastName, firstName: worker.firstName, ...(worker.middleName ? { middleName: worker.middleName } : {}) });
}
