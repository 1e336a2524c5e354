import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const url of ['/vi/embed/nvidia-china-share/', '/vi/embed/chip-imports/', '/embed/chip-company-values/', '/charts/nvidia-china-share/', '/embed/nvidia-china-share/', '/vi/charts/nvidia-china-share/', '/']) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('http://127.0.0.1:4180' + url);
  await page.waitForLoadState('networkidle');
  console.log(url, errors.length ? errors.join(' | ').slice(0, 200) : 'ok');
}
await browser.close();
