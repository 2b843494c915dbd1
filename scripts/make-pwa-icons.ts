import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

// Draws the PWA icons from web/public/favicon.svg in Chromium and saves them as PNGs in
// web/public/icons. Run again after changing the favicon: node scripts/make-pwa-icons.ts

const root = path.resolve(import.meta.dirname, '..');
const svg = fs.readFileSync(path.join(root, 'web/public/favicon.svg'), 'utf8');
const out = path.join(root, 'web/public/icons');
const BRAND = '#33705f';

// "any" icons are the favicon itself; "maskable" ones keep it inside the 80% safe circle on
// a full-bleed background, because launchers cut them to their own shape.
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  fs.mkdirSync(out, { recursive: true });
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = icon.maskable ? Math.round(icon.size * 0.72) : icon.size;
    const html = `<!doctype html><html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${icon.maskable ? BRAND : 'transparent'}">
      <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`;
    await page.setContent(html);
    await page.screenshot({ path: path.join(out, icon.file), omitBackground: !icon.maskable });
    await page.close();
    console.log(`wrote web/public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
