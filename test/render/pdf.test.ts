import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool, RenderError, renderPdf, toHtml } from '../../src/render/index.js';
import { KAZAKH_LETTERS, loadStyle, sampleDocument, sampleMeta, TABLE_ROWS } from './fixtures.js';
import { pageTexts, pdfFonts, pdfInfo, wordBoxes } from './pdf-tools.js';

const style = loadStyle();
const meta = sampleMeta();
const margin = style.page.margins;
const pool = new BrowserPool({ pages: 2 });

let pdf: Buffer;
let pages: string[];

beforeAll(async () => {
  pdf = await renderPdf(pool, sampleDocument(), style, meta);
  pages = pageTexts(pdf);
}, 60_000);

afterAll(() => pool.close(), 30_000);

/** Lists the pids of a process and all its descendants, found with pgrep. */
function processTree(pid: number): number[] {
  const children = execFileSync('sh', ['-c', `pgrep -P ${pid} || true`], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(Number);
  return [pid, ...children.flatMap(processTree)];
}

/** Finds the Chromium browser process in the tree: the one Chromium process without a `--type=` switch. */
function browserProcess(pid: number): number {
  const browser = processTree(pid).find((candidate) => {
    const command = execFileSync('ps', ['-o', 'args=', '-p', String(candidate)], { encoding: 'utf8' });
    return /chromium/.test(command) && !command.includes('--type=') && !command.startsWith('/bin/sh');
  });
  if (browser === undefined) throw new Error(`no Chromium browser process under pid ${pid}`);
  return browser;
}

/** True while the process exists, zombie or not. */
function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number): Promise<void> {
  for (let attempt = 0; attempt < 100 && exists(pid); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('renderPdf text and fonts', () => {
  it('keeps Russian and Kazakh text intact', () => {
    const text = pages.join('\n');
    expect(text).toContain(`Буквы: ${KAZAKH_LETTERS}`);
    expect(text).toContain('РАЗРЕШЕНИЕ № 17-0042');
    expect(text).toContain('Выдано ТОО "Қазақ Құрылыс" («Қазақ Құрылыс»), БИН 170340012345.');
    expect(text).toContain('Әбілқасымова Ғалия Нұрланқызы');
    expect(text).toContain('Соңғы бет.');
  });

  it('keeps the line break of the address value', () => {
    expect(pages[0]).toMatch(/Адрес: г\. Алматы\s*\n\s*ул\. Абая, 1, кв\. 5/);
  });

  it('numbers both lists from 1', () => {
    const first = pages[0] ?? '';
    expect(first).toMatch(/1\. Заявление[\s\S]*3\. Справка[\s\S]*1\. Неполный пакет[\s\S]*2\. Недостоверные/);
  });

  it('embeds only Liberation Serif faces', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?$/);
      expect(font.embedded).toBe(true);
    }
  });

  it('prints the page label and the provenance line on every page', () => {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain(`Страница ${index + 1} из ${pages.length}`);
      expect(page).toContain(meta.footer);
    });
  });

  it('prints the footer at 8 pt or more, inside the bottom margin', () => {
    const boxes = wordBoxes(pdf, 1);
    const provenance = boxes.find((box) => box.word === 'ruqsat');
    const label = boxes.find((box) => box.word === 'Страница');
    // Liberation Serif's glyph box is about 1.1 em high, so an 8 pt word is about 8.9 pt tall.
    expect(provenance?.height).toBeGreaterThanOrEqual(8);
    expect(label?.height).toBeGreaterThanOrEqual(10);
    const bottomMarginTop = 841.92 - (20 * 72) / 25.4;
    expect(label?.top).toBeGreaterThan(bottomMarginTop);
    const body = boxes.filter((box) => box.top < bottomMarginTop);
    expect(Math.max(...body.map((box) => box.top + box.height))).toBeLessThan(bottomMarginTop);
  });

  it('uses the Kazakh page label for a Kazakh document', async () => {
    const kazakh = pageTexts(await renderPdf(pool, sampleDocument(), style, sampleMeta('kk')));
    expect(kazakh[0]).toContain(`Бет 1 / ${kazakh.length}`);
    expect(kazakh.join('\n')).toContain('М.О.');
  }, 30_000);
});

describe('renderPdf tables across pages', () => {
  it('repeats the header row on every page of the table', () => {
    const tablePages = pages.filter((page) => /Документ \d+/.test(page));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(page).toContain('Наименование документа');
  });

  it('never splits a row between pages', () => {
    for (let row = 3; row <= TABLE_ROWS; row += 3) {
      const start = pages.findIndex((page) => page.includes(`Документ ${row} начало`));
      const end = pages.findIndex((page) => page.includes(`Документ ${row} конец`));
      expect(start, `row ${row}`).toBeGreaterThanOrEqual(0);
      expect(end, `row ${row}`).toBe(start);
    }
  });

  it('prints the content after <pagebreak/> on its own page', () => {
    const last = pages[pages.length - 1] ?? '';
    expect(last).toContain('Последняя страница');
    expect(last).not.toContain('М.П.');
  });
});

describe('renderPdf determinism', () => {
  it('stamps title, author, provenance and the fixed dates', () => {
    const info = pdfInfo(pdf);
    expect(info.Title).toBe(meta.title);
    expect(info.Author).toBe('ruqsat');
    expect(info.Creator).toBe('ruqsat');
    expect(info.Producer).toBe('ruqsat 0.1.0');
    expect(info.Subject).toBe(meta.footer);
    expect(info.Keywords).toContain(`caseId=${meta.caseId}`);
    expect(info.Keywords).toContain(`templateHash=${meta.templateHash}`);
    expect(info.CreationDate).toBe('2017-03-14T04:15:00Z');
    expect(info.ModDate).toBe('2017-03-14T04:15:00Z');
  });

  it('writes a fixed document ID', () => {
    expect(pdf.toString('latin1')).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/);
  });

  it('gives identical bytes across renders and browsers', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await renderPdf(pool, sampleDocument(), style, meta);
    expect(again.equals(pdf)).toBe(true);

    const freshPool = new BrowserPool({ pages: 1 });
    try {
      const fresh = await renderPdf(freshPool, sampleDocument(), style, meta);
      expect(fresh.equals(pdf)).toBe(true);
    } finally {
      await freshPool.close();
    }
  }, 60_000);

  it('times PDF renders per page', async () => {
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const started = performance.now();
      await renderPdf(pool, sampleDocument(), style, meta);
      times.push(performance.now() - started);
    }
    const median = times.sort((a, b) => a - b)[3] ?? 0;
    console.log(`renderPdf: median ${median.toFixed(0)} ms for ${pages.length} pages (${(median / pages.length).toFixed(0)} ms per page), warm browser, 7 renders`);
    expect(median).toBeLessThan(10_000);
  }, 60_000);
});

describe('BrowserPool', () => {
  it('fails a page that requests a remote resource, and keeps working', async () => {
    const html = '<!DOCTYPE html><html><body><p>x</p><img src="http://example.invalid/x.png"></body></html>';
    const failure = await pool.pdf(html, { margin }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RenderError);
    expect(failure).toMatchObject({ code: 'render.external-request', params: { url: 'http://example.invalid/x.png', count: 1 } });
    expect((failure as Error).message).toContain('http://example.invalid/x.png');

    const next = await renderPdf(pool, sampleDocument(), style, meta);
    expect(next.equals(pdf)).toBe(true);
  }, 30_000);

  it('fails a stylesheet link to a web font the same way', async () => {
    const html = '<!DOCTYPE html><html><head><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto"></head><body>x</body></html>';
    await expect(pool.pdf(html, { margin })).rejects.toMatchObject({ code: 'render.external-request' });
  }, 30_000);

  it('survives Chromium being killed between two renders', async () => {
    await pool.pdf(toHtml(sampleDocument(), style, meta), { margin });
    const pid = pool.pid;
    expect(pid).toBeTypeOf('number');
    const browser = browserProcess(pid!);
    process.kill(browser, 'SIGKILL');
    await waitUntilGone(pid!);

    const after = await renderPdf(pool, sampleDocument(), style, meta);
    expect(after.equals(pdf)).toBe(true);
    expect(pool.pid).not.toBe(pid);
  }, 60_000);

  it('restarts Chromium after its quota of renders', async () => {
    const recycling = new BrowserPool({ pages: 1, recycleAfter: 2 });
    try {
      const html = '<!DOCTYPE html><p>x</p>';
      await recycling.pdf(html, { margin });
      const first = recycling.pid!;
      await recycling.pdf(html, { margin });
      await recycling.pdf(html, { margin });
      expect(recycling.pid).not.toBe(first);
      await waitUntilGone(first);
      expect(exists(first)).toBe(false);
    } finally {
      await recycling.close();
    }
  }, 60_000);

  it('times out a slow render and closes its page', async () => {
    const hasty = new BrowserPool({ pages: 1, renderTimeoutMs: 1 });
    try {
      await expect(hasty.pdf(toHtml(sampleDocument(), style, meta), { margin })).rejects.toMatchObject({ code: 'render.timeout', params: { timeoutMs: 1 } });
    } finally {
      await hasty.close();
    }
  }, 60_000);

  it('serves 20 concurrent renders on 2 pages', async () => {
    const renders = Array.from({ length: 20 }, () => renderPdf(pool, sampleDocument(), style, meta));
    const results = await Promise.all(renders);
    for (const result of results) expect(result.equals(pdf)).toBe(true);
  }, 120_000);

  it('queues renders beyond its pages and rejects those beyond the queue', async () => {
    const small = new BrowserPool({ pages: 1, maxQueue: 1 });
    try {
      const html = toHtml(sampleDocument(), style, meta);
      const results = await Promise.allSettled([small.pdf(html, { margin }), small.pdf(html, { margin }), small.pdf(html, { margin })]);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'render.queue-full' });
    } finally {
      await small.close();
    }
  }, 60_000);

  it('reports a Chromium that cannot start', async () => {
    const broken = new BrowserPool({ executablePath: '/nonexistent/chromium' });
    try {
      await expect(broken.pdf('<p>x</p>', { margin })).rejects.toMatchObject({
        code: 'render.browser-launch-failed',
        params: { executablePath: '/nonexistent/chromium' },
      });
    } finally {
      await broken.close();
    }
  });

  it('rejects invalid options', () => {
    expect(() => new BrowserPool({ pages: 0 })).toThrow('BrowserPool option "pages" must be an integer of at least 1, got 0');
  });

  it('leaves no Chromium process after close()', async () => {
    const closing = new BrowserPool({ pages: 2 });
    const html = toHtml(sampleDocument(), style, meta);
    await Promise.all([closing.pdf(html, { margin }), closing.pdf(html, { margin })]);
    const tree = processTree(closing.pid!);
    expect(tree.length).toBeGreaterThan(1);

    await closing.close();
    for (const pid of tree) await waitUntilGone(pid);
    expect(tree.filter(exists)).toEqual([]);
    await expect(closing.pdf(html, { margin })).rejects.toMatchObject({ code: 'render.pool-closed' });
  }, 60_000);
});
