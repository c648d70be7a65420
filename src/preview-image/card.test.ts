import { describe, expect, it } from 'vitest';
import { cardSize, renderCard } from './card';
import { fontsFor } from './font';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('preview images', () => {
  it('are 1200×630 PNGs', async () => {
    const png = await renderCard({
      lang: 'zh-Hans',
      kicker: '四川法治报 · 高层声音',
      title: '以大庆安保为主线忠实履职尽责',
      subtitle: '一个测试标题',
      date: '2020年3月25日',
      site: '双语新闻',
    });
    expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(pngSize(png)).toEqual(cardSize);
  });

  it('load only the font subsets their text needs', () => {
    const latin = fontsFor('Sichuan', [700], 'en').fonts;
    const chinese = fontsFor('Sichuan 四川', [700], 'en').fonts;
    expect(latin.length).toBeGreaterThan(0);
    expect(chinese.length).toBeGreaterThan(latin.length);
    expect(fontsFor('Sichuan 四川', [400, 700], 'en').fonts).toHaveLength(chinese.length * 2);
  });

  it('set English in a Latin font and Chinese, even its quotation marks, in the CJK one', () => {
    const fonts = (text: string, lang: string) =>
      fontsFor(text, [700], lang)
        .fonts.map((font) => font.name)
        .join();
    expect(fonts('the province’s “police”', 'en')).not.toMatch(/noto-sans-sc/);
    expect(fonts('“四川”', 'zh-Hans')).not.toMatch(/^noto-sans |latin/);
    expect(fonts('Sichuan 四川', 'en')).toMatch(/^noto-sans latin(,noto-sans-sc \d+)+$/);
  });

  it('draw Traditional characters too', () => {
    expect(() => fontsFor('四川公安機關2019年工作回眸', [700], 'zh-Hant')).not.toThrow();
  });

  it('refuse text the font cannot draw, naming the characters', () => {
    expect(() => fontsFor('Police 𓀀 report', [700], 'en')).toThrow(/no font has a glyph for "𓀀"/);
  });
});
