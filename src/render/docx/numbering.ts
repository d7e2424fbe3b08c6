import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import type { Stylesheet } from '../stylesheet/types.js';
import { toTwips } from '../stylesheet/units.js';

type NumberingDefinition = INumberingOptions['config'][number];

const BULLET_REFERENCE = 'bullet';

/**
 * Creates the numbering definitions of one document. Every `<ol>` gets a definition of its own
 * (its own abstract numbering, not only its own instance), because LibreOffice continues the count
 * across instances of one abstract numbering and docx's `restart` option takes its ids from a
 * process-wide counter, which would make two renders differ. Bullet lists share one definition.
 */
export class NumberingCollector {
  private readonly definitions: NumberingDefinition[] = [];

  constructor(private readonly style: Stylesheet) {}

  /** Adds a definition for a new numbered list and returns its reference. */
  orderedList(): string {
    const reference = `ordered-${this.definitions.length + 1}`;
    this.definitions.push({ reference, levels: [this.level(LevelFormat.DECIMAL, '%1.')] });
    return reference;
  }

  bulletList(): string {
    if (!this.definitions.some((definition) => definition.reference === BULLET_REFERENCE)) {
      this.definitions.push({ reference: BULLET_REFERENCE, levels: [this.level(LevelFormat.BULLET, this.style.list.bullet)] });
    }
    return BULLET_REFERENCE;
  }

  options(): INumberingOptions {
    return { config: this.definitions };
  }

  private level(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): NumberingDefinition['levels'][number] {
    const font = this.style.fonts.docx;
    return {
      level: 0,
      format,
      text,
      start: 1,
      alignment: AlignmentType.LEFT,
      style: {
        paragraph: { indent: { left: toTwips(this.style.list.indent), hanging: toTwips(this.style.list.hanging) } },
        run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font } },
      },
    };
  }
}
