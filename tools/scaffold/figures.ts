import { findQuantities } from '../../src/lib/authoring/find-quantities.ts';
import { parseChineseNumeral, parseQuantities } from '../../src/lib/authoring/quantities.ts';

/**
 * A figure the scaffolder found, with what a notes.yaml stub can say of it from the text
 * alone: the parsed value, its unit, and a guess at its kind that the editor confirms.
 */
export interface FigureDraft {
  id: string;
  /** The quantity as the original writes it. */
  text: string;
  start: number;
  end: number;
  values: number[];
  kind: 'count' | 'percent' | 'change' | 'money' | 'ratio' | 'duration' | 'rank' | 'multiple' | 'range';
  /** The unit as written (名, %, 元); undefined where the text names none (a rank, a fraction). */
  unit?: string;
  qualifier?: 'more-than' | 'at-most';
  direction?: 'up' | 'down';
  /** The value as an English edition states it (175,000; 25%; 2nd), so its checks pass. */
  english: string;
}

const durationUnits = new Set(['年', '天', '周', '个月', '小时', '分钟']);

const ordinal = (value: number) => {
  const tens = value % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th');
  return `${value}${suffix}`;
};

/** A fraction as English writes it: 1/8 stays 1/8, 三分之二 is 2/3. */
function fraction(text: string): string {
  const arabic = /(\d+)\/(\d+)/.exec(text);
  if (arabic !== null) return `${arabic[1] ?? ''}/${arabic[2] ?? ''}`;
  const [whole = '', part = ''] = text.split('分之');
  return `${parseChineseNumeral(part) ?? '?'}/${parseChineseNumeral(whole) ?? '?'}`;
}

function unitOf(text: string): string | undefined {
  if (/[%％]|^百分之/.test(text)) return '%';
  if (/‰$/.test(text)) return '‰';
  const unit =
    /(?:\d|[零〇一二两三四五六七八九十百千万亿])[余多]?([^\d零〇一二两三四五六七八九十百千余多.]+?)(?:以下|以上|以内|左右)?$/.exec(
      text,
    )?.[1];
  return unit === undefined || /^[万亿]$/.test(unit) ? undefined : unit;
}

/** The figures of one sentence outside the `taken` spans (its terms), each with the next draft id. */
export function figuresOf(
  sentence: string,
  nextId: () => string,
  taken: readonly { start: number; end: number }[] = [],
): FigureDraft[] {
  const free = findQuantities(sentence).filter((quantity) =>
    taken.every((span) => quantity.end <= span.start || span.end <= quantity.start),
  );
  return free.map((quantity) => {
    const { text } = quantity;
    const values = parseQuantities(text, 'han');
    const unit = unitOf(text);
    const before = sentence.slice(Math.max(0, quantity.start - 12), quantity.start);
    let kind: FigureDraft['kind'] = 'count';
    let direction: FigureDraft['direction'];
    if (/第|之首/.test(text)) kind = 'rank';
    else if (/分之|\//.test(text) && unit !== '%') kind = 'ratio';
    else if (/倍$/.test(text)) kind = 'multiple';
    else if (unit === '%') {
      // 同比分别上升25%: a change; 覆盖率达90%: a share.
      const rise = /(上升|增长|提升|提高|增加)[^，,。；;]*$/.test(before);
      const fall = /(下降|减少|降低|回落)[^，,。；;]*$/.test(before);
      if (rise !== fall) {
        kind = 'change';
        direction = rise ? 'up' : 'down';
      } else kind = 'percent';
    } else if (unit !== undefined && /元$/.test(unit)) kind = 'money';
    else if (unit !== undefined && durationUnits.has(unit)) kind = 'duration';
    // 3至5年, 10—29人: two values, whatever they count.
    if (values.length === 2) kind = 'range';
    const value = values[0] ?? 0;
    const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 4 });
    const english =
      kind === 'range'
        ? `${values.map(number).join('–')}${unit === '%' ? '%' : ''}`
        : kind === 'rank'
          ? ordinal(value)
          : kind === 'ratio'
            ? fraction(text)
            : unit === '%' || kind === 'multiple'
              ? `${value}%`
              : number(value);
    const draft: FigureDraft = { id: nextId(), text, start: quantity.start, end: quantity.end, values, kind, english };
    if (unit !== undefined) draft.unit = unit;
    if (/[余多逾]/.test(text)) draft.qualifier = 'more-than';
    else if (/以下|以内$/.test(text)) draft.qualifier = 'at-most';
    if (direction !== undefined) draft.direction = direction;
    return draft;
  });
}
