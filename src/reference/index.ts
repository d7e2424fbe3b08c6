import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv } from '../case/schema.js';
import { readJsonFile, schemaProblems, sha256 } from '../content/json-file.js';
import type { ContentProblem } from '../content/problem.js';
import type { Confidence } from '../pack/types.js';

export interface MrpValue {
  validFrom: string;
  value: number;
  source: string;
  confidence: Confidence;
}

export interface ReferenceTables {
  mrp: MrpValue[];
  /** ОКЭД section letter by the range of the code's first two digits. */
  okedSections: Record<string, [number, number]>;
  hashes: { mrp: string; okedSections: string };
}

function loadTable<T>(root: string, name: string, problems: ContentProblem[], schemaDir: string): { data?: T; hash: string } {
  const file = readJsonFile(join(root, 'rules', 'reference', `${name}.json`), `rules/reference/${name}.json`);
  problems.push(...file.problems);
  if (file.data === undefined) return { hash: '' };
  const validate = createAjv().compile(JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8')) as object);
  const found = schemaProblems(validate, file.data, file.file);
  problems.push(...found);
  return found.length > 0 ? { hash: '' } : { data: file.data as T, hash: sha256(file.bytes) };
}

/** Loads the reference tables that change on their own schedule, apart from any rule pack. */
export function loadReference(root: string, schemaDir: string): { reference?: ReferenceTables; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const mrp = loadTable<{ values: MrpValue[] }>(root, 'mrp', problems, schemaDir);
  const oked = loadTable<{ sections: Record<string, [number, number]> }>(root, 'oked-sections', problems, schemaDir);
  if (!mrp.data || !oked.data) return { problems };

  const values = [...mrp.data.values].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  values.forEach((value, index) => {
    if (index > 0 && value.validFrom === values[index - 1]!.validFrom) {
      problems.push({ severity: 'error', code: 'content.duplicate-date', file: 'rules/reference/mrp.json', pointer: '/values', params: { date: value.validFrom } });
    }
  });
  if (problems.length > 0) return { problems };
  return { problems, reference: { mrp: values, okedSections: oked.data.sections, hashes: { mrp: mrp.hash, okedSections: oked.hash } } };
}

/** Returns the МРП in force on a date (YYYY-MM-DD), or undefined before the first value. */
export function mrpOn(reference: ReferenceTables, date: string): MrpValue | undefined {
  let found: MrpValue | undefined;
  for (const value of reference.mrp) if (value.validFrom <= date) found = value;
  return found;
}

/** Returns the ОКЭД section letter (A–U) of a code such as 06100 or 06.10.0. */
export function okedSection(reference: ReferenceTables, oked: string): string | undefined {
  const division = Number(oked.replace(/\./g, '').slice(0, 2));
  return Object.entries(reference.okedSections).find(([, [from, to]]) => from <= division && division <= to)?.[0];
}
