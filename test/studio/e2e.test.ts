import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestEngine, readSample, ROOT, testEngine } from '../support/engine.js';
import { startStudioServer, type StudioServer } from './server.js';

const CHROMIUM = process.env.RUQSAT_CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
const SHOTS = join(ROOT, 'test-artifacts', 'studio');
const REFUSED = 'issue-refused-local-staff';

let server: StudioServer;
let browser: Browser;
let page: Page;
/** Every request the page made that did not go to the service under test. */
const foreign: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startStudioServer(testEngine());
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: 'shell',
    pipe: true,
    // The page may reach only the service on loopback.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.base) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await closeTestEngine();
});

async function textOf(selector: string): Promise<string> {
  return page.$eval(selector, (node) => node.textContent ?? '');
}

describe('studio in headless Chromium', () => {
  it('opens in Russian with the sample list', async () => {
    await page.goto(`${server.base}/studio`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('body[data-ready="true"]');

    expect(await page.$eval('html', (node) => node.lang)).toBe('ru');
    expect(await textOf('#evaluate-button')).toBe('Проверить');
    expect(await page.$$eval('#sample-select option', (options) => options.map((option) => option.value))).toContain(REFUSED);
  });

  it('shows the refused decision with the ground and its citation', async () => {
    await page.select('#sample-select', REFUSED);
    await page.waitForSelector('#outcome.refused');
    await page.screenshot({ path: join(SHOTS, '1-decision-ru.png'), fullPage: true });

    expect(await textOf('#outcome')).toBe('В выдаче разрешения отказано');
    const ground = await textOf('.grounds.fired [data-ground="local-staff-ratio"]');
    expect(ground).toContain('несоблюдение работодателем условий по доле казахстанских кадров');
    expect(ground).toContain('Норма: Постановление Правительства РК от 15.12.2016 № 802, пункт 16');
  });

  it('shows the schedule with skipped days marked', async () => {
    await page.click('#tab-schedule');
    await page.waitForSelector('table.timeline');
    await page.screenshot({ path: join(SHOTS, '2-schedule-ru.png'), fullPage: true });

    const weekend = await page.$$eval('table.timeline th.day.weekend', (cells) => cells.map((cell) => cell.getAttribute('title')));
    expect(weekend.length).toBeGreaterThan(0);
    expect(weekend[0]).toMatch(/^\d\d\.\d\d\.2018: выходной$/);
    expect(await page.$$eval('table.timeline tbody tr', (rows) => rows.map((row) => row.getAttribute('data-step')))).toContain('commission');
  });

  it('draws the procedure as swimlanes', async () => {
    await page.click('#tab-diagram');
    await page.waitForFunction(() => (document.getElementById('diagram') as HTMLImageElement | null)?.complete === true && (document.getElementById('diagram') as HTMLImageElement).naturalWidth > 0);
    await page.screenshot({ path: join(SHOTS, '3-diagram-ru.png'), fullPage: true });
    const source = await page.$eval('#diagram', (node) => (node as HTMLImageElement).src);
    const full = await browser.newPage();
    await full.setViewport({ width: 2000, height: 600 });
    await full.goto(source);
    await full.screenshot({ path: join(SHOTS, '3-diagram-full-ru.png'), fullPage: true });
    await full.close();

    expect(await page.$eval('#diagram', (node) => (node as HTMLImageElement).naturalWidth)).toBeGreaterThan(1000);
    expect(source).toContain('procedure=issue');
    expect(source).toContain('channel=office');
  });

  it('switches to Kazakh and previews the documents page by page', async () => {
    await page.click('button.lang[data-lang="kk"]');
    await page.waitForFunction(() => document.documentElement.lang === 'kk' && document.getElementById('tab-documents')?.textContent === 'Құжаттар');
    await page.click('#tab-decision');
    await page.waitForSelector('#outcome.refused');
    expect(await textOf('#outcome')).toBe('Рұқсат беруден бас тартылды');
    expect(await textOf('.grounds.fired [data-ground="local-staff-ratio"]')).toContain('Норма: ҚР Үкіметінің 2016 жылғы 15 желтоқсандағы № 802 қаулысы, 16-тармақ');
    await page.screenshot({ path: join(SHOTS, '4-decision-kk.png'), fullPage: true });

    await page.click('#tab-documents');
    await page.waitForSelector('figure.page img', { timeout: 60_000 });
    await page.waitForFunction(() => Array.from(document.querySelectorAll('figure.page img')).every((image) => (image as HTMLImageElement).complete));
    await page.screenshot({ path: join(SHOTS, '5-documents-kk.png'), fullPage: false });

    const documents = await page.$$eval('section.document', (sections) => sections.map((section) => section.getAttribute('data-kind')));
    expect(documents).toEqual(expect.arrayContaining(['receipt', 'notification']));
    expect(await page.$$eval('figure.page figcaption', (captions) => captions[0]?.textContent)).toMatch(/беттің 1-беті$/);
  }, 90_000);

  it('puts a field error next to its line', async () => {
    const input = structuredClone(readSample(REFUSED)) as Record<string, any>;
    input.employer.bin = '050340001236';
    await page.$eval('#case-text', (node, text) => {
      (node as HTMLTextAreaElement).value = text;
    }, JSON.stringify(input, null, 2));
    await page.click('#evaluate-button');
    await page.waitForSelector('.field-error[data-pointer="/employer/bin"]');
    await page.evaluate(() => document.querySelector('#field-errors')?.scrollIntoView());
    await page.screenshot({ path: join(SHOTS, '6-field-error-kk.png') });

    const line = await page.$eval('.field-error[data-pointer="/employer/bin"]', (node) => node.previousElementSibling?.textContent ?? '');
    expect(line).toContain('"bin": "050340001236"');
  });

  it('shows the lint report of the content in service', async () => {
    await page.click('#tab-lint');
    await page.waitForSelector('.lint-summary');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, '7-lint-kk.png') });

    expect(await textOf('.lint-summary')).toBe('Мазмұн дұрыс: қателер жоқ.');
  });

  it('loaded nothing from elsewhere and logged no script error', () => {
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
