import { describe, expect, it } from 'vitest';
import { findQuantities, notFigures } from './find-quantities';

const found = (text: string) => findQuantities(text).map((quantity) => quantity.text);

describe('findQuantities', () => {
  // Phrases of the Sichuan report (content/articles/sichuan-police-2019/original.txt).
  it.each([
    ['共举办政治轮训班5期,培训领导班子成员2246人', ['5期', '2246人']],
    ['分两批次,在全省公安机关深入开展主题教育', ['两批次']],
    ['核查涉毒人员17.5万名,查获被盗抢机动车451辆', ['17.5万名', '451辆']],
    ['同比分别上升25%和20%', ['25%', '20%']],
    ['涉案金额1.3亿元', ['1.3亿元']],
    ['存量下降率为63.91%,居全国第二', ['63.91%', '居全国第二']],
    ['6个派出所被命名,数量居全国之首', ['6个', '数量居全国之首']],
    ['试点创建三级公安政务服务体系', ['三级']],
    ['获得公安部科技进步二等奖', ['二等奖']],
    ['戒断三年未发现复吸人员', ['三年']],
    ['5人以下派出所从2013年的2505个下降至502个', ['5人以下', '2505个', '502个']],
    ['全省1/8警力下沉到基层一线', ['1/8']],
    ['服务实战效能同比提升1倍', ['提升1倍']],
    ['服务民(辅)警8500余人次', ['8500余人次']],
    ['培训民警1.4万人次', ['1.4万人次']],
    ['发放慰问金64.9万元', ['64.9万元']],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  // Chinese numerals in invented phrases of the kinds the issue names.
  it.each([
    ['标题不超过十六字', ['十六字']],
    ['抽调五人组成专班', ['五人']],
    ['约三分之一的车辆', ['三分之一']],
    ['达到百分之十五', ['百分之十五']],
    ['投入资金十二万元', ['十二万元']],
    ['覆盖三十余个乡镇', ['三十余个']],
    ['连续三个月开展整治', ['三个月']],
    ['位列全省第一', ['位列全省第一']],
    ['获评第二名', ['第二名']],
    ['效率提升一倍', ['提升一倍']],
    ['产值是去年的3倍', ['3倍']],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives the offsets of each quantity in the text', () => {
    const [quantity] = findQuantities('抓获在逃人员5611名');
    expect(quantity).toEqual({ text: '5611名', start: 6, end: 11 });
  });

  // Each exception, with the phrases it covers: none is a figure.
  describe.each(notFigures.map((exception) => [exception.id, exception] as const))(
    'not a figure: %s',
    (_, exception) => {
      it.each(exception.examples.map((example) => [example]))('%s', (example) => {
        expect([...example.matchAll(exception.pattern)].length).toBeGreaterThan(0);
        expect(found(example)).toEqual([]);
      });
    },
  );

  it.each([
    ['2019年以来,全省公安机关', []],
    ['2019年4月23日,省公安厅举行出征仪式', []],
    ['昨(24)日,记者从省公安厅了解到', []],
    ['二〇一九年三月二十五日印发', []],
    ['1.严查酒后驾驶', []],
    ['（一）加强组织领导', []],
    ['一、工作要求', []],
    ['增强“四个意识”、坚定“四个自信”、做到“两个维护”', []],
    ['严格落实“1、3、5分钟”快反要求', []],
    ['严格执行寄递物流“六个100%”等措施', []],
    ['推动制定实施《优化营商环境提升创新活力15项措施》', []],
    ['学习贯彻党的十九大和十九届四中全会精神', []],
    ['培训市县两级公安机关领导班子成员', []],
    ['涌现出一大批英雄模范,第一时间协调救治', []],
    ['导语第一句,第二段', []],
    ['安排第二批人员', []],
  ])('finds nothing in %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  // The forms of issue 23, in invented phrases: each wrapped whole.
  it.each([
    ['全年共接报警情940余万起,其中刑事案件540余万起', ['940余万起', '540余万起']],
    ['接待来访群众8500余人次', ['8500余人次']],
    ['受理群众投诉近3000件', ['近3000件']],
    ['约1.2万人参加培训,逾百名专家授课', ['约1.2万人', '逾百名']],
    ['收回资金3000多万元', ['3000多万元']],
    ['占全部案件的百分之二十三点七九', ['百分之二十三点七九']],
    ['全年投入三点五亿元,全市三点五亿', ['三点五亿元', '三点五亿']],
    ['共有５６１１名民警参战,破案率４２．８％', ['５６１１名', '４２．８％']],
    ['判处3至5年有期徒刑,每组10—29人,三到五年', ['3至5年', '10—29人', '三到五年']],
    ['降幅为15%—20%,总数达17.5万', ['15%—20%', '17.5万']],
  ])('%s → %j (whole)', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps the offsets of full-width digits, and leaves 最近 and 附近 to the text', () => {
    const [quantity] = findQuantities('破案率４２．８％');
    expect(quantity).toEqual({ text: '４２．８％', start: 3, end: 8 });
    expect(found('最近3天,附近5公里')).toEqual(['3天', '5公里']);
  });

  it('keeps a figure next to an exception', () => {
    expect(found('2019年共破获案件1250起,“平安清溪”满意度达95.2%')).toEqual(['1250起', '95.2%']);
    expect(found('1.严查酒后驾驶,每周不少于三次；')).toEqual(['三次']);
  });
});
