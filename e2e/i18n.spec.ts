import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { card, chart, downloadFromMenu, fetchDataAtRunTime, timeline, waitForChartsVi } from './helpers';

const NVIDIA_VI = 'Thị phần của Nvidia tại Trung Quốc';
const NVIDIA_EN = "Nvidia’s market share in China";

test('?lang=vi shows the dashboard in Vietnamese, with numbers and dates in Vietnamese style', async ({ page }) => {
  await page.goto('/?lang=vi');
  await waitForChartsVi(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page).toHaveTitle('Cuộc đua tự chủ công nghệ của Trung Quốc — trang tổng quan');
  await expect(page.getByRole('group', { name: 'Lĩnh vực' }).getByRole('button', { name: 'Bán dẫn', exact: true })).toBeVisible();
  await expect(card(page, NVIDIA_VI).getByText('Nguồn: Reuters Breakingviews, 24/1/2025')).toBeVisible();
  await expect(chart(page, /Đầu tư vào ngành xe điện Trung Quốc/).getByText('>45 tỷ USD')).toBeVisible();
  await expect(chart(page, /Nhập khẩu đậu nành/).getByText('~86,8 triệu tấn (suy ra)')).toBeVisible();
  const events = timeline(page, 'Dòng thời gian');
  // A lane's name, in the drawing shown (the timeline is drawn once per band).
  await expect(events.getByRole('group', { name: 'Sự kiện theo loại, trên trục thời gian' }).getByText('Kiểm soát của Mỹ')).toBeVisible();
  // Over the whole range the timeline is compact and may gather R1 into a cluster; its list names every event.
  await events.getByRole('button', { name: 'Xem dạng danh sách' }).click();
  await expect(events.getByRole('row').filter({ hasText: 'DeepSeek ra mắt R1' })).toContainText('tháng 1/2025');
});

test('a quote is shown in Vietnamese where the article gives it, labelled, with the English original at hand', async ({ page }) => {
  await page.goto('/?lang=vi');
  await waitForChartsVi(page);
  const nvidia = card(page, NVIDIA_VI);
  await nvidia.getByRole('button', { name: /^2025: 50% \(ước tính\)/ }).click();
  const panel = nvidia.getByRole('region', { name: 'Nguồn của con số này' });
  await expect(panel.locator('blockquote[lang="vi"]')).toContainText('Citigroup');
  await expect(panel.getByText('Bản dịch tiếng Việt của bài báo')).toBeVisible();
  await panel.getByText('Nguyên văn tiếng Anh').click();
  await expect(panel.locator('blockquote[lang="en"]')).toContainText('Citigroup analysts estimate');
});

test('switching the language control changes the page without a reload, and the link keeps it', async ({ page }) => {
  await page.goto('/?lang=vi&sectors=semiconductors');
  await waitForChartsVi(page);
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
  await page.getByLabel('Ngôn ngữ').selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\?sectors=semiconductors$/);
  await expect(chart(page, NVIDIA_EN)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Sectors' }).getByRole('button', { name: 'Semiconductors', exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');

  await page.getByLabel('Language').selectOption({ label: 'Tiếng Việt' });
  await expect(page).toHaveURL(/\?sectors=semiconductors&lang=vi$/);
  await page.reload();
  await waitForChartsVi(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('link notices and data errors are in Vietnamese too', async ({ page }) => {
  await fetchDataAtRunTime(page);
  await page.route('**/data/series/nvidia-china-share.json', (route) => route.fulfill({ status: 500, body: 'boom' }));
  await page.goto('/?lang=vi&sectors=bogus');
  await expect(page.getByRole('status').filter({ hasText: 'Một phần của liên kết' })).toContainText(
    "Đã bỏ qua lĩnh vực không xác định 'bogus'.",
  );
  const alert = card(page, NVIDIA_VI).getByRole('alert');
  await expect(alert).toContainText('Không tải được series/nvidia-china-share.json');
  await expect(alert).toContainText('lỗi máy chủ (HTTP 500)');
  await expect(alert.getByRole('button', { name: 'Thử lại' })).toBeVisible();
});

test('a slide exported in Vietnamese carries the Vietnamese title and source line', async ({ page }) => {
  await page.goto('/?lang=vi');
  await waitForChartsVi(page);
  const svg = await readFile(await downloadFromMenu(page, card(page, NVIDIA_VI), /^Tải xuống/, 'SVG'), 'utf8');
  expect(svg).toContain('Thị phần của Nvidia');
  expect(svg).toContain('Nguồn: Reuters Breakingviews, 24/1/2025');
  expect(svg).toContain('50% (ước tính)');
  expect(svg).toContain('Tất cả lĩnh vực · mọi năm');

  const titleBand = (png: PNG) => {
    const rows: number[] = [];
    for (let y = 90; y < 170; y++) for (let x = 96; x < 1600; x++) rows.push(png.data[(y * png.width + x) * 4]!);
    return rows;
  };
  const vi = PNG.sync.read(await readFile(await downloadFromMenu(page, card(page, NVIDIA_VI), /^Tải xuống/, 'PNG, trang chiếu (1920×1080)')));
  expect([vi.width, vi.height]).toEqual([1920, 1080]);
  await page.getByLabel('Ngôn ngữ').selectOption({ label: 'English' });
  const en = PNG.sync.read(await readFile(await downloadFromMenu(page, card(page, NVIDIA_EN), /^Export/, 'PNG, slide (1920×1080)')));
  // The title band is drawn from each language's own title: the two differ.
  const [a, b] = [titleBand(vi), titleBand(en)];
  expect(a.some((v, i) => Math.abs(v - b[i]!) > 100)).toBe(true);
  expect(a.filter((v) => v < 128).length).toBeGreaterThan(1000);
});

test('the timeline event card is in Vietnamese, with its date as the source words it', async ({ page }) => {
  await page.goto('/?lang=vi&event=deepseek-r1');
  const detail = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /DeepSeek ra mắt R1/ }) });
  await expect(detail.getByText('Thời điểm theo cách nguồn nêu: “Vào tháng Giêng”')).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Đóng' })).toBeVisible();
  await expect(timeline(page)).toHaveCount(0); // the region is named in Vietnamese
  await expect(page.getByRole('region', { name: 'Dòng thời gian' })).toBeVisible();
});
