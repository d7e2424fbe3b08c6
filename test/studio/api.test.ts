import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestEngine, readSample, sampleNames, testEngine } from '../support/engine.js';
import { startStudioServer, type StudioServer } from './server.js';

let server: StudioServer;

beforeAll(async () => {
  server = await startStudioServer(testEngine());
});

afterAll(async () => {
  await server.close();
  await closeTestEngine();
}, 60_000);

function post(path: string, text: string): Promise<Response> {
  return fetch(server.base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
}

function sampleText(name: string): string {
  return JSON.stringify(readSample(name), null, 2);
}

describe('studio page', () => {
  it('serves the page in Russian with a policy that allows only the service', async () => {
    const response = await fetch(`${server.base}/studio`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'; script-src 'self'");
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('>Проверить</button>');
    expect(html.match(/(?:src|href)="([^"]+)"/g)!.every((attribute) => attribute.includes('"/studio/'))).toBe(true);
  });

  it('renders the page in Kazakh on request', async () => {
    const html = await (await fetch(`${server.base}/studio?lang=kk`)).text();

    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('>Тексеру</button>');
  });

  it('serves its script and answers 404 for an unknown file', async () => {
    const script = await fetch(`${server.base}/studio/assets/studio.js`);
    const missing = await fetch(`${server.base}/studio/assets/other.js`);

    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain("from './api.js'");
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('returns the studio messages in each language', async () => {
    const ru = (await (await fetch(`${server.base}/studio/api/messages?lang=ru`)).json()) as Record<string, string>;
    const kk = (await (await fetch(`${server.base}/studio/api/messages?lang=kk`)).json()) as Record<string, string>;

    expect(Object.keys(kk).sort()).toEqual(Object.keys(ru).sort());
    expect(ru['studio.evaluate']).toBe('Проверить');
    expect(kk['studio.evaluate']).toBe('Тексеру');
  });
});

describe('studio samples', () => {
  it('lists every sample with its expected decision', async () => {
    const samples = (await (await fetch(`${server.base}/studio/api/samples`)).json()) as { name: string; decision: string; procedure: string }[];

    expect(samples.map((sample) => sample.name)).toEqual(sampleNames());
    expect(samples.find((sample) => sample.name === 'issue-refused-local-staff')).toMatchObject({ procedure: 'issue', decision: 'refused' });
  });

  it('returns the text of a sample and 404 for another name', async () => {
    const found = (await (await fetch(`${server.base}/studio/api/samples/issue-approved`)).json()) as { text: string };
    const missing = await fetch(`${server.base}/studio/api/samples/..%2Frules`);

    expect(JSON.parse(found.text).registrationNumber).toBe('KZO-2017-000317');
    expect(missing.status).toBe(404);
  });
});

describe('studio evaluation', () => {
  it('returns the decision, the trace and the timeline', async () => {
    const body = (await (await post('/studio/api/evaluate', sampleText('issue-refused-local-staff'))).json()) as Record<string, any>;

    expect(body.ok).toBe(true);
    expect(body.result.decision).toBe('refused');
    expect(body.result.grounds.fired[0].id).toBe('local-staff-ratio');
    expect(body.explanation[0]).toContain('KZO-2018-001206');
    expect(body.timeline.rows.map((row: { id: string }) => row.id)).toEqual(body.result.schedule.steps.map((step: { id: string }) => step.id));
  });

  it('marks transferred days off and weekend days worked by decree', async () => {
    const body = (await (await post('/studio/api/evaluate', sampleText('issue-refused-inauthentic'))).json()) as Record<string, any>;
    const days = new Map((body.timeline.days as { date: string; kind: string; dayOff?: string; name?: { ru: string } }[]).map((day) => [day.date, day]));

    expect(days.get('2018-04-28')).toMatchObject({ kind: 'working-weekend', dayOff: '2018-04-30' });
    expect(days.get('2018-04-30')).toMatchObject({ kind: 'transferred-day-off' });
    expect(days.get('2018-05-01')).toMatchObject({ kind: 'holiday', name: { ru: 'Праздник единства народа Казахстана' } });
    expect(days.get('2018-05-02')).toMatchObject({ kind: 'working' });
  });

  it('puts a field error on the line of the field', async () => {
    const input = structuredClone(readSample('issue-approved')) as Record<string, any>;
    input.employer.bin = '050340001236';
    const text = JSON.stringify(input, null, 2);

    const body = (await (await post('/studio/api/evaluate?lang=kk', text)).json()) as Record<string, any>;

    expect(body.ok).toBe(false);
    expect(body.fields).toHaveLength(1);
    expect(body.fields[0].pointer).toBe('/employer/bin');
    expect(text.split('\n')[body.fields[0].line - 1]).toContain('"bin": "050340001236"');
  });

  it('places a missing field at the object that lacks it', async () => {
    const input = structuredClone(readSample('issue-approved')) as Record<string, any>;
    delete input.employer.name;
    const text = JSON.stringify(input, null, 2);

    const body = (await (await post('/studio/api/evaluate', text)).json()) as Record<string, any>;

    expect(body.fields[0].pointer).toBe('/employer/name');
    expect(text.split('\n')[body.fields[0].line - 1]).toContain('"employer": {');
  });

  it('reports the line and column of a JSON syntax error', async () => {
    const body = (await (await post('/studio/api/evaluate', '{\n  "procedure": "issue",\n  "channel" "office"\n}')).json()) as Record<string, any>;

    expect(body.ok).toBe(false);
    expect(body.fields[0].line).toBe(3);
    expect(body.fields[0].message).toBe('Ошибка синтаксиса JSON в строке 3, колонке 13.');
  });
});

describe('studio diagram, bundle and lint', () => {
  it('draws five lanes and the steps of the channel', async () => {
    const office = await (await fetch(`${server.base}/studio/api/diagram?pack=kz-2017&procedure=issue&channel=office`)).text();
    const portal = await (await fetch(`${server.base}/studio/api/diagram?pack=kz-2017&procedure=issue&channel=portal&lang=kk`)).text();

    expect(office.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(office.match(/class="lane"/g)).toHaveLength(5);
    expect(office).toContain('data-step="registration"');
    expect(office).not.toContain('data-step="portal-acceptance"');
    expect(office).toContain('6 раб. дн.');
    expect(portal).toContain('data-step="portal-acceptance"');
    expect(portal).toContain('6 жұм. күн');
  });

  it('answers 404 for a procedure the pack does not have', async () => {
    expect((await fetch(`${server.base}/studio/api/diagram?procedure=asylum`)).status).toBe(404);
  });

  it('downloads the bundle as a ZIP', async () => {
    const response = await post('/studio/api/bundle', sampleText('issue-refused-local-staff'));
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));

    expect(response.headers.get('content-disposition')).toBe('attachment; filename="bundle-KZO-2018-001206.zip"');
    expect(Object.keys(zip.files)).toContain('manifest.json');
    expect(Object.keys(zip.files)).toContain('notification.kk.pdf');
  }, 60_000);

  it('reports the lint of the content in service', async () => {
    const report = (await (await fetch(`${server.base}/studio/api/lint`)).json()) as Record<string, unknown>;

    expect(report).toMatchObject({ generation: 1, errors: 0, lines: [] });
  });
});
