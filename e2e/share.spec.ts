import { expect, test, type Page } from './support/test';
import { report } from './support/fixtures';

const { slug } = report;

test.describe('A reader shares a section', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const [lang, copyName, copied] of [
    ['en', 'Copy link to section: ', 'Link copied'],
    ['zh', '复制本节链接：', '链接已复制'],
  ] as const) {
    test(`${lang}: the copy button beside a heading copies the section's link and says so`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(`/${lang}/${slug}/`);
      const heading = page.getByRole('region').nth(2).getByRole('heading', { level: 2 });
      const title = (await heading.textContent()) ?? '';
      // The button is not part of the heading's name.
      await expect(heading).toHaveAccessibleName(title);
      const button = page.getByRole('button', { name: `${copyName}${title}` });
      await button.focus();
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      const region = page.getByRole('region').nth(2);
      await expect(region.getByRole('status')).toHaveText(copied);
      const id = await heading.getAttribute('id');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/${lang}/${slug}/s/${id}/`);
    });
  }

  test('a figure note copies the link to its figure', async ({ page, baseURL }) => {
    await page.goto(`/en/${slug}/`);
    await page.locator(`[data-figure-id="${report.figure}"]`).click();
    const note = page.getByRole('dialog');
    await note.getByRole('link', { name: 'Link to this figure' }).click();
    await expect(note.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/en/${slug}/#fig-${report.figure}`,
    );
  });
});

/**
 * Headless Chromium on Linux has no share sheet: stand in for the Web Share API as a phone
 * provides it, and report what was shared.
 */
async function fakeShareSheet(page: Page) {
  await page.addInitScript(() => {
    const shared: unknown[] = [];
    Object.assign(window, { sharedData: shared });
    Object.defineProperty(navigator, 'share', { value: (data: unknown) => (shared.push(data), Promise.resolve()) });
  });
  return {
    shared: () =>
      page.evaluate(() => (window as unknown as { sharedData: { url: string; title: string }[] }).sharedData),
  };
}

test('on a phone, the share button opens the system share sheet with the section link', async ({ page, baseURL }) => {
  const sheet = await fakeShareSheet(page);
  await page.goto(`/en/${slug}/`);
  const heading = page.getByRole('region').first().getByRole('heading', { level: 2 });
  const title = (await heading.textContent()) ?? '';
  await page.getByRole('button', { name: `Share section: ${title}` }).click();
  expect(await sheet.shared()).toEqual([
    { title, url: `${baseURL}/en/${slug}/s/${await heading.getAttribute('id')}/` },
  ]);
});

test('on a phone, a figure note shares the link to its figure', async ({ page, baseURL }) => {
  const sheet = await fakeShareSheet(page);
  await page.goto(`/zh/${slug}/`);
  await page.locator(`[data-figure-id="${report.figure}"]`).click();
  const note = page.getByRole('dialog');
  const title = (await note.locator('strong').first().textContent()) ?? '';
  await note.getByRole('button', { name: '分享' }).click();
  expect(await sheet.shared()).toEqual([{ title, url: `${baseURL}/zh/${slug}/#fig-${report.figure}` }]);
});

test('a browser without a share sheet offers no share buttons, only copy', async ({ page }) => {
  // As in Firefox on desktops: no Web Share API.
  await page.addInitScript(() => {
    delete (Navigator.prototype as Partial<Navigator>).share;
  });
  await page.goto(`/en/${slug}/`);
  await page.locator(`[data-figure-id="${report.figure}"]`).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Link to this figure' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Share section: / })).toHaveCount(0);
});

for (const javaScriptEnabled of [true, false]) {
  test(`a shared section link names the section for link cards and takes the reader to it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
    baseURL,
  }) => {
    const page = await browser.newPage({ javaScriptEnabled });
    const preview = `/zh/${slug}/s/${report.sections[2]}/`;
    const html = await (await page.request.get(preview)).text();
    const meta = (property: string) =>
      new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '';
    expect(meta('og:title')).toMatch(/^以严治警锻造队伍 · /);
    expect(meta('og:description')).toMatch(/^县公安局举办业务培训/);
    expect(meta('og:url')).toMatch(new RegExp(`${preview}$`));
    expect(meta('og:type')).toBe('article');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:image')).toMatch(new RegExp(`${preview}preview\\.png$`));
    expect(meta('og:image:alt')).toContain('以严治警锻造队伍');
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/zh/${slug}/">`));

    await page.goto(preview);
    await expect(page).toHaveURL(`${baseURL}/zh/${slug}/#${report.sections[2]}`);
    await expect(page.getByRole('heading', { level: 2, name: '以严治警锻造队伍' })).toBeInViewport();
    await page.close();
  });
}

test('article pages describe themselves to search engines as a NewsArticle', async ({ page }) => {
  for (const lang of ['zh', 'en', 'zh-hant']) {
    await page.goto(`/${lang}/${slug}/`);
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<
      string,
      unknown
    >;
    expect(json['@type']).toBe('NewsArticle');
    expect(json.datePublished).toBe('2020-01-15T09:30:00+08:00');
    expect(json.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    expect(json.inLanguage).toBe(await page.locator('html').getAttribute('lang'));
    expect(json).toHaveProperty('author.name');
    expect(json).toHaveProperty('publisher.name');
    if (lang === 'zh') expect(json).not.toHaveProperty('isBasedOn');
    else expect(json).toHaveProperty('isBasedOn.inLanguage', 'zh-Hans');
    if (lang === 'en')
      expect(json).toHaveProperty('translationOfWork.url', expect.stringMatching(new RegExp(`/zh/${slug}/$`)));
  }
});

test('every page has Open Graph and Twitter card tags', async ({ page }) => {
  for (const [url, card] of [
    ['/', 'summary'],
    ['/en/', 'summary'],
    [`/en/${slug}/`, 'summary_large_image'],
    [`/zh-hant/${slug}/figures/`, 'summary_large_image'],
  ] as const) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:site_name']) {
      await expect(page.locator(`meta[property="${property}"]`), `${url} ${property}`).toHaveAttribute('content', /.+/);
    }
    await expect(page.locator('meta[name="twitter:card"]'), url).toHaveAttribute('content', card);
  }
});

test('an article and its side-by-side view are described to link cards and search engines by its summary', async ({
  request,
}) => {
  // The summary as the English edition's frontmatter writes it.
  const summary =
    'In 2019 the Qingxi County Public Security Bureau solved more criminal cases than the year before and pressed on with building a “Safe Qingxi” and with services close to home.';
  for (const url of [`/en/${slug}/`, `/en/${slug}/bilingual/`]) {
    const html = await (await request.get(url)).text();
    const meta = (attribute: string, name: string) =>
      new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta('name', 'description'), url).toBe(summary.slice(0, 157).replace(/\s+\S*$/, '') + '…');
    expect(meta('property', 'og:description'), url).toBe(meta('name', 'description'));
  }
});

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('every article and section, in every language, has its own 1200×630 link-card image', async ({ request }) => {
  const cards = new Set<string>();
  for (const lang of ['zh', 'zh-hant', 'en']) {
    const article = await (await request.get(`/${lang}/${slug}/`)).text();
    const sections = [...article.matchAll(/<section class="article-section" aria-labelledby="([a-z0-9-]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(sections).toHaveLength(report.sections.length);
    for (const page of [`/${lang}/${slug}/`, ...sections.map((id) => `/${lang}/${slug}/s/${id}/`)]) {
      const html = page.endsWith(`/${slug}/`) ? article : await (await request.get(page)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, page).toBeDefined();
      expect(/<meta property="og:image:width" content="(\d+)"/.exec(html)?.[1]).toBe('1200');
      expect(/<meta property="og:image:height" content="(\d+)"/.exec(html)?.[1]).toBe('630');
      // The tags carry the public address; fetch the same path from the local server.
      const response = await request.get(new URL(image ?? '').pathname);
      expect(response.ok(), image).toBe(true);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      cards.add(png.toString('base64'));
    }
  }
  // One card per article and section per language: none is a copy of another.
  expect(cards.size).toBe(3 * (1 + report.sections.length));
});
