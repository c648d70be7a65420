import { describe, expect, it } from 'vitest';
import { newestFirst } from './newest-first';

const edition = (slug: string, locale: 'zh' | 'en', published: string) => ({ slug, locale, data: { published } });

describe('newestFirst', () => {
  it("orders one locale's editions by the moment each was published, newest first, whatever their offsets", () => {
    const editions = [
      edition('a-older', 'en', '2020-01-10T16:00:00+08:00'),
      edition('b-newest', 'en', '2020-03-25T10:29:48+08:00'),
      edition('c-zh-only', 'zh', '2021-01-01T00:00:00+08:00'),
      // 2020-01-10T09:00Z: after a-older (08:00Z), though its local date-time reads earlier.
      edition('d-middle', 'en', '2020-01-10T10:00:00+01:00'),
    ];
    expect(newestFirst(editions, 'en').map((e) => e.slug)).toEqual(['b-newest', 'd-middle', 'a-older']);
  });
});
