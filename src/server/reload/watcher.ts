import { watch, readdirSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FOLDERS } from './fingerprint.js';

function subdirectories(dir: string, out: string[]): void {
  out.push(dir);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) if (entry.isDirectory()) subdirectories(join(dir, entry.name), out);
}

/**
 * Watches every directory of the content folders, one non-recursive `fs.watch` each, because
 * recursive watching on Linux is not reliable in Node 20. Watching directories rather than files
 * also catches editors that save by writing a new file and renaming it over the old one. The
 * content root itself is watched for a content folder being created or replaced. `sync()` adds
 * directories created since and drops removed ones.
 */
export class ContentWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private closed = false;

  constructor(
    private readonly root: string,
    private readonly onChange: () => void,
    private readonly onError: (dir: string, error: Error) => void,
  ) {}

  start(): void {
    this.watchDir(this.root, (name) => (CONTENT_FOLDERS as readonly string[]).includes(name));
    this.sync();
  }

  /** Brings the set of watched directories in line with the directories on disk. */
  sync(): void {
    if (this.closed) return;
    const wanted: string[] = [];
    for (const folder of CONTENT_FOLDERS) subdirectories(join(this.root, folder), wanted);
    const present = new Set(wanted);
    for (const [dir, watcher] of this.watchers) {
      if (dir !== this.root && !present.has(dir)) {
        watcher.close();
        this.watchers.delete(dir);
      }
    }
    for (const dir of wanted) if (!this.watchers.has(dir)) this.watchDir(dir, () => true);
  }

  close(): void {
    this.closed = true;
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private watchDir(dir: string, relevant: (name: string) => boolean): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (name === null || relevant(String(name))) this.onChange();
      });
    } catch {
      // The directory vanished between listing and watching; the next sync() settles it.
      return;
    }
    watcher.on('error', (error) => {
      watcher.close();
      this.watchers.delete(dir);
      this.onError(dir, error);
      this.onChange();
    });
    this.watchers.set(dir, watcher);
  }
}
