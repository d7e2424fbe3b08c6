import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/engine.js';

/** A copy of the content folders in a temporary directory, for tests that edit content. */
export class ScratchContent {
  readonly root = mkdtempSync(join(tmpdir(), 'ruqsat-content-'));

  constructor() {
    for (const folder of ['rules', 'templates', 'schemas']) cpSync(join(ROOT, folder), join(this.root, folder), { recursive: true });
  }

  path(file: string): string {
    return join(this.root, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(this.path(file), text);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
