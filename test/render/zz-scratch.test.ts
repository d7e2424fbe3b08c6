import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { toDocx, toHtml, BrowserPool, renderPdf } from '../../src/render/index.js';
import { loadStyle, sampleDocument, sampleMeta } from './fixtures.js';
test('scratch', async () => {
  const style = loadStyle();
  const doc = sampleDocument();
  writeFileSync('/tmp/proto/s.json', JSON.stringify(doc, null, 1));
  writeFileSync('/tmp/proto/s.html', toHtml(doc, style, sampleMeta()));
  let t = Date.now();
  const docx = await toDocx(doc, style, sampleMeta());
  console.log('docx ms', Date.now() - t, docx.length);
  writeFileSync('/tmp/proto/s.docx', docx);
  const pool = new BrowserPool({ logger: { info: console.log, warn: console.log, error: console.log } });
  for (let i = 0; i < 3; i++) {
    t = Date.now();
    const pdf = await renderPdf(pool, doc, style, sampleMeta());
    console.log('pdf ms', Date.now() - t, pdf.length);
    writeFileSync(`/tmp/proto/s${i}.pdf`, pdf);
  }
  await pool.close();
}, 60000);
