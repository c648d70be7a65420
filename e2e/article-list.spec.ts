import { expect, test } from './support/test';
import { notice, report } from './support/fixtures';

/**
 * The article list of each language, as a reader sees it: every document's title, date,
 * source and one-line summary, newest first (the report of 15 January before the notice
 * of 10 January 2020).
 */
const listed = {
  zh: [
    {
      slug: report.slug,
      title: '守护一方平安——2019年清溪县公安工作回顾',
      date: '2020年1月15日',
      source: '清溪日报',
      summary: '2019年，清溪县公安局破获的刑事案件同比增多，并推进“平安清溪”建设和便民服务。',
    },
    {
      slug: notice.slug,
      title: '关于做好春节期间道路交通安全工作的通知',
      date: '2020年1月10日',
      source: '清溪县公安局',
      summary: '清溪县公安局部署春节期间道路交通安全工作，严查酒后驾驶、客车超员和疲劳驾驶。',
    },
  ],
  // Converted from the Simplified list, characters only.
  'zh-hant': [
    {
      slug: report.slug,
      title: '守護一方平安——2019年清溪縣公安工作回顧',
      date: '2020年1月15日',
      source: '清溪日報',
      summary: '2019年，清溪縣公安局破獲的刑事案件同比增多，並推進“平安清溪”建設和便民服務。',
    },
    {
      slug: notice.slug,
      title: '關於做好春節期間道路交通安全工作的通知',
      date: '2020年1月10日',
      source: '清溪縣公安局',
      summary: '清溪縣公安局部署春節期間道路交通安全工作，嚴查酒後駕駛、客車超員和疲勞駕駛。',
    },
  ],
  en: [
    {
      slug: report.slug,
      title: 'Keeping the County Safe — Qingxi County Police in 2019',
      date: '15 January 2020',
      source: 'Qingxi Daily',
      summary:
        'In 2019 the Qingxi County Public Security Bureau solved more criminal cases than the year before and pressed on with building a “Safe Qingxi” and with services close to home.',
    },
    {
      slug: notice.slug,
      title: 'Notice on Road Traffic Safety During the Spring Festival',
      date: '10 January 2020',
      source: 'Qingxi County Public Security Bureau',
      summary:
        'The Qingxi County Public Security Bureau sets out its road-safety work for the Spring Festival, cracking down on drink-driving, overloaded coaches and driver fatigue.',
    },
  ],
} as const;

const published = { [report.slug]: '2020-01-15T09:30:00+08:00', [notice.slug]: '2020-01-10T16:00:00+08:00' };

for (const [lang, documents] of Object.entries(listed)) {
  test(`the ${lang} list shows each document's title, date, source and summary, newest first`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const items = page.getByRole('main').getByRole('list').first().getByRole('listitem');
    await expect(items.getByRole('heading', { level: 2 })).toHaveText(documents.map((document) => document.title));
    for (const [index, document] of documents.entries()) {
      const item = items.nth(index);
      await expect(item.getByRole('link', { name: document.title })).toHaveAttribute(
        'href',
        `/${lang}/${document.slug}/`,
      );
      // The date in the reader's format, and the machine-readable moment behind it.
      const time = item.locator('time');
      await expect(time).toHaveText(document.date);
      await expect(time).toHaveAttribute('datetime', published[document.slug] ?? '');
      await expect(item).toContainText(document.source);
      await expect(item.getByText(document.summary, { exact: true })).toBeVisible();
    }
  });
}

test('a reader opens an article from the list, and finds the feed of new articles', async ({ page, request }) => {
  await page.goto('/en/');
  const feed = page.getByRole('main').getByRole('link', { name: 'Follow new articles by RSS' });
  await expect(feed).toHaveAttribute('href', '/en/feed.xml');
  const response = await request.get('/en/feed.xml');
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('<rss version="2.0"');
  await page.getByRole('link', { name: listed.en[1].title }).click();
  await expect(page).toHaveURL(`/en/${notice.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(listed.en[1].title);
});
