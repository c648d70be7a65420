/**
 * Finds the quantities in a Chinese sentence: what `npm run new-article` wraps as figures
 * and what the content check says has no note. A quantity is a number with a measure word
 * or unit (5611名, 两批次, 三级, 十六字, 17.5万名, 8500余人次, 5人以下), a percentage (87.6%,
 * 百分之十五), a fraction (1/8, 三分之一), a multiple (1倍) or a rank (居全国第二, 第二名,
 * 居全国之首). What is not a figure is listed in `notFigures`, each with its reason.
 */

export interface FoundQuantity {
  /** The quantity as written, e.g. "17.5万名". */
  text: string;
  /** UTF-16 offsets in the searched text. */
  start: number;
  end: number;
}

/** Something that looks like a quantity but is not one, and why. */
export interface NotFigure {
  id: string;
  /** Where it applies; `g` flag. */
  pattern: RegExp;
  /** Why it needs no figure note. */
  reason: string;
  /** Phrases it covers (unit-tested). */
  examples: readonly string[];
}

const digit = '[零〇一二两三四五六七八九]';
const numeral = '[零〇一二两三四五六七八九十百千万亿]';
/** 余 or 多 after the number: 8500余人次, 940余万起, 3000多名. */
const approx = '[余多]?';
/** 近, 约, 逾 before it: 近3000件, 约1.2万人, 逾百名 (not 最近, 附近, 接近 a place or time). */
const approxLead = '(?:(?<![最附接将])近|约|逾)?';
/** An Arabic number, scaled by 万/亿 (940余万, 1.2万亿). */
const arabic = String.raw`\d+(?:\.\d+)?(?:${approx}[万亿]{1,2})?`;
/** A Chinese number, decimals too (三点五亿, 二十三点七九). */
const chinese = `${numeral}+(?:点${digit}+[万亿]{0,2})?`;
/** Between the two ends of a range: 3至5年, 10—29人, 三到五年. */
const rangeMark = '(?:至|到|—{1,2}|–|~|～|-)';

/**
 * Measure words and units a count takes, longest first so 人次 wins over 人. Left out on
 * purpose: 月 and 日 (三月, 十日 are dates; a span of months is 三个月), 分 and 点 (times
 * of day, scores), 节 (festivals: 五一节).
 */
const measureWords = [
  '个百分点',
  '平方公里',
  '平方米',
  '个月',
  '人次',
  '场次',
  '批次',
  '架次',
  '户次',
  '车次',
  '周年',
  '小时',
  '课时',
  '分钟',
  '公里',
  '公斤',
  '千克',
  '公顷',
  '等奖',
  '亿元',
  '万元',
  '美元',
  '元',
  '个',
  '名',
  '人',
  '位',
  '次',
  '批',
  '级',
  '字',
  '条',
  '项',
  '件',
  '起',
  '辆',
  '处',
  '家',
  '期',
  '场',
  '年',
  '天',
  '周',
  '岁',
  '类',
  '种',
  '支',
  '所',
  '座',
  '部',
  '篇',
  '份',
  '户',
  '台',
  '艘',
  '吨',
  '米',
  '亩',
  '句',
  '轮',
  '届',
  '组',
  '队',
  '套',
  '张',
  '本',
  '间',
  '层',
  '笔',
  '宗',
  '例',
  '只',
  '头',
  '枚',
  '倍',
];
const measure = `(?:${measureWords.join('|')})`;
/** A bound after the unit belongs to the figure: 5人以下 is "five or fewer". */
const bound = '(?:以下|以上|以内|左右)?';

/** Where a rank is stated: 居全国第二, 位列全省第一, 排名第三; 全国, 全省… may come between. */
const rankLead = '(?:位居|位列|排名|排在|居)(?:全国|全省|全市|全区|全县|全州|世界|全球)?';

const quantityPatterns = [
  // Ranks: a place in a ranking, not any ordinal (see notFigures: ordinals).
  `(?:数量)?${rankLead}[^，,。；;！？!?“”]{0,16}?之首`,
  `${rankLead}第(?:${numeral}+|\\d+)(?:名|位)?`,
  `第(?:${numeral}+|\\d+)(?:名|位)`,
  // A multiple with its verb, as the notes write it: 提升1倍 (+100%).
  `(?:提升|提高|增长|增加|扩大)(?:${arabic}|${numeral}+)倍`,
  // Percentages (before fractions: 百分之 is not a fraction of 百) and fractions.
  `${approxLead}百分之${numeral}+(?:点${digit}+)?`,
  `${numeral}+分之${numeral}+`,
  String.raw`\d+/\d+`,
  String.raw`${approxLead}\d+(?:\.\d+)?%?${rangeMark}\d+(?:\.\d+)?\s*[%‰]`,
  String.raw`${approxLead}\d+(?:\.\d+)?\s*[%‰]`,
  // Ranges with a measure word: 3至5年, 10—29人, 三至五年.
  `${approxLead}${arabic}${rangeMark}${arabic}${approx}${measure}${bound}`,
  `${approxLead}${chinese}${rangeMark}${chinese}${approx}${measure}${bound}`,
  // Counts with a measure word or unit.
  `${approxLead}${arabic}${approx}${measure}${bound}`,
  `${approxLead}${chinese}${approx}${measure}${bound}`,
  // A number scaled by 万 or 亿 is a quantity without a unit too: 940余万, 三点五亿.
  `${approxLead}\\d+(?:\\.\\d+)?${approx}[万亿]{1,2}`,
  `${approxLead}${numeral}+点${digit}+[万亿]{1,2}`,
];
const quantityPattern = new RegExp(quantityPatterns.join('|'), 'g');

const cjkNumber = `${numeral}+`;

/** Dates and times: 2019年, 2019年4月23日, 3月25日, 昨(24)日, 二〇一九年, 三月二十五日, 10:29. */
export const datePattern = new RegExp(
  String.raw`\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|[(（]\d{1,2}[)）]日|[零〇一二三四五六七八九]{4}年|${cjkNumber}月${cjkNumber}日|第[一二三四]季度|\d{1,2}:\d{2}(?::\d{2})?`,
  'g',
);

/** Every exception, in the order a reader would look them up. */
export const notFigures: readonly NotFigure[] = [
  {
    id: 'dates',
    pattern: datePattern,
    reason: 'a date or time says when, not how many',
    examples: ['2019年', '2019年4月23日', '3月25日', '昨(24)日', '二〇一九年', '三月二十五日', '第二季度'],
  },
  {
    id: 'point-numbers',
    pattern: new RegExp(
      String.raw`^\s*(?:\d{1,2}[.．、](?!\d)|[(（](?:\d{1,2}|${cjkNumber})[)）]|${cjkNumber}、)`,
      'g',
    ),
    reason:
      'the number a list point, sub-heading or section opens with (1. 1、 (1) （一） 一、) orders the text; it counts nothing',
    examples: ['1.', '2、', '(3)', '（一）', '一、'],
  },
  {
    id: 'quoted-names',
    pattern: /[“「『][^“”「」『』，,。；;！？!?]{1,16}[”」』]/g,
    reason:
      'a short phrase in quotation marks (“四个意识”, “1、3、5分钟”, “六个100%”, “7·30”) is the name of a slogan, campaign or case: a term, not a figure',
    examples: ['“四个意识”', '“两个维护”', '“六个100%”', '“万名机关民警下基层上一线”'],
  },
  {
    id: 'titles',
    pattern: /《[^《》]*》/g,
    reason: 'a number in the title of a document (《优化营商环境提升创新活力15项措施》) is part of its name: a term',
    examples: ['《优化营商环境提升创新活力15项措施》'],
  },
  {
    id: 'fixed-names',
    pattern: new RegExp(
      [
        '十[一二三四五六七八九]?大',
        '二十大',
        `${cjkNumber}届${cjkNumber}中全会`,
        '四个意识',
        '四个自信',
        '两个维护',
        '两个确立',
        '四个全面',
        '三个代表',
        '五位一体',
        '两学一做',
        '三严三实',
        '一带一路',
        '第一时间',
        '第一书记',
        '第一责任人',
        '第一生产力',
        '千家万户',
        '三番五次',
      ].join('|'),
      'g',
    ),
    reason:
      'the fixed name of a congress, formula or office, or an idiom (十九大 is the 19th Party Congress, 第一时间 means "at once"): a term, if anything',
    examples: ['十九届四中全会', '四个意识', '五位一体', '第一时间', '千家万户'],
  },
  {
    id: 'named-levels',
    pattern: new RegExp(`[省市县区乡镇村]{2,}${cjkNumber}级`, 'g'),
    reason: 'a count of the levels just named (市县两级: city and county) restates them; it is not a figure of its own',
    examples: ['市县两级', '省市县三级'],
  },
  {
    id: 'ordinals',
    pattern: new RegExp(`第(?:${cjkNumber}|\\d+)(?![名位\\d零〇一二两三四五六七八九十百千万亿])`, 'g'),
    reason:
      'an ordinal (第一句, 第二批) says which one, not how many; a rank is a figure only where the text ranks it (居全国第二, 第二名)',
    examples: ['第一句', '第二批'],
  },
  {
    id: 'indefinite-one',
    pattern:
      /(?<![零〇一二两三四五六七八九十百千万亿\d.之第])一(?=[余多]?(?!倍|等奖|分之)[^零〇一二两三四五六七八九十百千万亿])/g,
    reason:
      'a lone 一 before a measure word is mostly the article "a" (一项工作, 一大批, 新一代); a count of one is wrapped by hand',
    examples: ['一项', '一大批', '新一代'],
  },
];

interface Range {
  start: number;
  end: number;
}

/** The stretches of `text` that an exception covers; a quantity overlapping one is dropped. */
function exceptedRanges(text: string): Range[] {
  return notFigures.flatMap((exception) =>
    [...text.matchAll(exception.pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
  );
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** Whether a rank span is just the lead of a ranked ordinal such as 居全国第二: keep it. */
const isRank = (text: string) => /^(?:数量)?(?:位居|位列|排名|排在|居)|[名位]$/.test(text);

/**
 * Full-width digits and signs (５６１１名, ４２．８％) as ASCII: each is one UTF-16 unit
 * either way, so offsets in the result are offsets in the original text.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．％／]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** The quantities of `text`, in reading order, as written (full-width digits kept). */
export function findQuantities(original: string): FoundQuantity[] {
  const text = toHalfWidth(original);
  const excepted = exceptedRanges(text);
  const found: FoundQuantity[] = [];
  for (const match of text.matchAll(quantityPattern)) {
    const span = {
      text: original.slice(match.index, match.index + match[0].length),
      start: match.index,
      end: match.index + match[0].length,
    };
    // A rank overlaps the ordinals exception by design; that exception is for bare ordinals.
    const blocking = excepted.filter((range) => overlaps(range, span));
    const onlyOrdinal =
      isRank(span.text) &&
      blocking.every((range) => /^第/.test(text.slice(range.start, range.end)) && range.end <= span.end);
    if (blocking.length > 0 && !onlyOrdinal) continue;
    found.push(span);
  }
  return found;
}
