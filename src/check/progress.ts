/** A terminal stream as the progress bar needs it. */
export interface Terminal {
  isTTY: boolean;
  /** Width of the terminal in characters; 80 when unknown. */
  columns?: number;
  write: (text: string) => void;
}

const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\x1b[K';

/**
 * A one-line progress bar redrawn in place on a terminal. On anything else (a file, a pipe, CI)
 * it draws nothing, and the per-sample lines alone show the progress.
 */
export class ProgressBar {
  private shown = false;

  constructor(private readonly terminal: Terminal) {}

  get active(): boolean {
    return this.terminal.isTTY;
  }

  /** Draws `[#####-----] done/total label`, cut to the terminal's width. */
  draw(done: number, total: number, label: string): void {
    if (!this.active) return;
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label}`;
    this.terminal.write(CLEAR_LINE + line.slice(0, (this.terminal.columns ?? 80) - 1));
    this.shown = true;
  }

  /** Erases the bar, so that a line printed next starts at the left margin. */
  clear(): void {
    if (!this.shown) return;
    this.terminal.write(CLEAR_LINE);
    this.shown = false;
  }
}
