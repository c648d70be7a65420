import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseQuantities, sameQuantities } from './quantities';

const clean = (value: number) => Number(value.toPrecision(12));

describe('parseQuantities (Chinese)', () => {
  it.each([
    ['5611名', [5611]],
    ['17.5万名', [175_000]],
    ['1.4万人次', [14_000]],
    ['1.3亿元', [130_000_000]],
    ['64.9万元', [649_000]],
    ['87.6%', [87.6]],
    ['63.91%', [63.91]],
    ['1/8', [0.125]],
    ['提升1倍', [100]],
    ['8500余人次', [8500]],
    ['5人以下', [5]],
    ['从2013年的2505个下降至502个', [2505, 502]],
    ['居全国第二', [2]],
    ['数量居全国各省(市、自治区)之首', [1]],
    ['两批次', [2]],
    ['戒断三年', [3]],
    ['二等奖', [2]],
    ['十六字', [16]],
    ['十万人', [100_000]],
    ['三亿五千万元', [350_000_000]],
    ['一万二千名', [12_000]],
    ['百分之十五', [15]],
    ['三分之一', [clean(1 / 3)]],
    ['940余万起', [9_400_000]],
    ['近3000件', [3000]],
    ['3000多万元', [30_000_000]],
    ['1.2万亿元', [1.2e12]],
    ['百分之二十三点七九', [23.79]],
    ['三点五亿', [350_000_000]],
    ['零点五', [0.5]],
    ['５６１１名', [5611]],
    ['４２．８％', [42.8]],
    ['3至5年', [3, 5]],
    ['10—29人', [10, 29]],
    ['三至五年', [3, 5]],
    ['提升一倍', [100]],
  ] as const)('%s → %j', (text, expected) => {
    expect(parseQuantities(text, 'han')).toEqual(expected);
  });

  it('reads compound Chinese numerals', () => {
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('二十五')).toBe(25);
    expect(parseChineseNumeral('一百零八')).toBe(108);
    expect(parseChineseNumeral('两万')).toBe(20_000);
    expect(parseChineseNumeral('万')).toBe(10_000);
    expect(parseChineseNumeral('名')).toBeUndefined();
  });

  it('finds nothing where no number is stated', () => {
    expect(parseQuantities('全省', 'han')).toEqual([]);
  });
});

describe('parseQuantities (English)', () => {
  it.each([
    ['5,611', [5611]],
    ['175,000 drug-related persons', [175_000]],
    ['130 million yuan', [130_000_000]],
    ['1.4 million', [1_400_000]],
    ['649,000 yuan', [649_000]],
    ['87.6%', [87.6]],
    ['1/8', [0.125]],
    ['more than 8,500 person-times', [8500]],
    ['from 2,505 in 2013 to 502', [2505, 502]],
    ['ranking 2nd in the country', [2]],
    ['the most of any province', [1]],
    ['two batches', [2]],
    ['a three-year plan', [3]],
    ['second prize', [2]],
    ['doubled (up 100%)', [100]],
    ['doubled', [100]],
    ['invited twice', [2]],
    ['five or fewer', [5]],
    ['one-eighth', [0.125]],
    ['two-thirds', [clean(2 / 3)]],
    ['the second-largest decline in China', [2]],
    ['a three-tier system', [3]],
  ] as const)('%s → %j', (text, expected) => {
    expect(parseQuantities(text, 'latin')).toEqual(expected);
  });
});

describe('sameQuantities', () => {
  it('compares lists value by value, ignoring floating-point noise', () => {
    expect(sameQuantities([0.1 + 0.2], [0.3])).toBe(true);
    expect(sameQuantities([2505, 502], [2505, 502])).toBe(true);
    expect(sameQuantities([2505, 502], [502, 2505])).toBe(false);
    expect(sameQuantities([5611], [5611, 1])).toBe(false);
    expect(sameQuantities([175_000], [17.5])).toBe(false);
  });
});
