/**
 * The fixture articles the journeys run on (e2e/fixtures/content/articles/), and the
 * parts of them the specs name. Built by `npm run build:fixtures`.
 */
export const report = {
  /** A county police report: byline, column, photo caption, lead and three sections. */
  slug: 'county-report',
  sections: ['crime-fighting', 'serving-people', 'team-building'],
  /** A figure highlighted once, in the first section. */
  figure: 'fugitives-arrested',
  /** A figure whose note cites a source (the figures page lists it). */
  sourcedFigure: {
    id: 'stations',
    source: '清溪县派出所一览',
    url: 'https://qingxi-daily.example/2020/police-stations.html',
  },
  /** A figure with a sentence of its own after it: money, 1.2亿元. */
  money: 'losses-recovered',
  /** A term highlighted twice (term-ID, then term-ID-2). */
  repeatedTerm: 'safe-qingxi',
  /** A term whose wording is long enough to wrap: a <label> for its marker button. */
  longTerm: 'three-guarantees',
  longTermEnglish: 'protecting people’s safety, maintaining social stability and serving economic development',
  /** A sentence in the middle of the article. */
  sentence: 'crime-fighting-1-2',
  byline: { zh: '记者 李明 文/图', en: 'Reporter Li Ming (text and photos)' },
  source: { zh: '清溪日报', en: 'Qingxi Daily' },
} as const;

export const notice = {
  /** A government notice: no byline or column, （一） sub-headings, a numbered list. */
  slug: 'holiday-notice',
  subheadings: ['leadership', 'violations'],
  list: 'violations-list',
  listItems: 3,
} as const;
