import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELPERS } from '../../src/documents/helpers.js';
import { VIEW_SHAPE, type Shape } from '../../src/documents/view-shape.js';
import { DOCUMENT_TITLES } from '../../src/documents/titles.js';
import { ROOT } from '../support/engine.js';

const GUIDE = readFileSync(join(ROOT, 'docs', 'ru', 'templates.md'), 'utf8');

/**
 * Lists the names the guide must mention for a shape: the dotted path of every field of a group
 * (`employer.oked`), and the bare name of every field of a list item (`fullName`), as the guide
 * describes list items.
 */
function documentedNames(shape: Shape, path: string[] = []): string[] {
  if (shape === true) return [path.join('.')];
  if (Array.isArray(shape)) return [path.join('.'), ...itemNames(shape[0])];
  const own = Object.entries(shape).flatMap(([field, inner]) => documentedNames(inner, [...path, field]));
  // A group is named by its fields, so the group itself need not appear.
  return own;
}

function itemNames(shape: Shape, prefix: string[] = []): string[] {
  if (shape === true || Array.isArray(shape)) return [prefix.join('.')];
  return Object.entries(shape).flatMap(([field, inner]) => itemNames(inner, [...prefix, field]));
}

describe('docs/ru/templates.md', () => {
  it('names every field of the view', () => {
    const staffFields = ['kazakh', 'eaeu', 'foreign', 'total'];
    const missing = documentedNames(VIEW_SHAPE)
      // Staff groups are described once for both category groups, by their four counts.
      .map((name) => (staffFields.some((field) => name.endsWith(`.${field}`)) && name.startsWith('employer.staff.') ? name.replace(/\.[a-z]+$/, '') : name))
      .filter((name) => !GUIDE.includes(`\`${name}\``));
    expect([...new Set(missing)]).toEqual([]);
  });

  it('names every helper', () => {
    const missing = Object.keys(HELPERS).filter((name) => !GUIDE.includes(`| \`${name}\` |`));
    expect(missing).toEqual([]);
  });

  it('shows a preview of every document kind in both languages', () => {
    for (const kind of Object.keys(DOCUMENT_TITLES)) {
      for (const lang of ['ru', 'kk']) {
        const image = `images/${kind}.${lang}.png`;
        expect(GUIDE, image).toContain(`](${image})`);
        expect(existsSync(join(ROOT, 'docs', 'ru', image)), image).toBe(true);
      }
    }
  });
});
