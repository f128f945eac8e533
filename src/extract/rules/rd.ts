// 研发(R&D)经费 and its share of GDP.
import { WORDS } from '../words.ts';
import type { Rule } from './rule.ts';

const RD = '(?:研发|[Rr] ?&? ?[Dd]|研究与(?:实验|试验)发展|科技研发)';
const SPENDING = '(\\([Rr]&[Dd]\\))?~(经费|投入|支出|费用)(支出|投入)?(\\([Rr]&[Dd]\\))?(总额|总量)?(为|达到|达)?{F}';
const PART = '(?<scope>规上工业企业|规模以上工业企业|规上企业|高新技术企业)';

export const rules: Rule[] = [
  {
    id: 'rd_expenditure.spending',
    indicator: 'rd_expenditure',
    pattern: `${PART}~${RD}${SPENDING}|${RD}${SPENDING}`,
    // spending over revenue, or an average over firms, is no total
    // (研发计划 names a programme: "省重点研发计划资助经费" is its money)
    unlessNear: ['营业收入', '研发计划', ...WORDS.average].join('|'),
    examples: [
      // a name that holds 与 is one name, not two listed ("研究与试验发展"): one figure for each year
      { text: '2021年、2022年、2023年,全市研究与试验发展经费支出分别为88.7亿元、97.2亿元、106.5亿元。', rows: [{ value: 88.7 }, { value: 97.2 }, { value: 106.5 }], by: 'link.year_by_year(rd_expenditure.spending)' },
      // numbers listed before a figure share its unit; a gloss in brackets is no item of the list
      {
        text: '全社会R&D(研究与试验发展)经费投入分别为29.92、29.64、33.57亿元。',
        rows: [{ value: 29.92 }, { value: 29.64 }, { value: 33.57 }],
      },
      { text: '全社会研究与实验发展(R&D)经费支出52.18亿元,占GDP的比重为1.46%。', rows: [{ value: 52.18 }] },
      { text: '高新技术企业户均研发投入达到1200万元。', rows: [] },
      { text: 'xxxx年,实现R D经费支出x.xx亿元,同比增长xx.x%。', rows: [{ value: null }] },
      { text: '全县规模以上工业企业r&d经费支出11.55亿元。', rows: [{ value: 11.55, scope: true }] },
    ],
  },
  {
    id: 'rd_intensity.share_of_gdp',
    indicator: 'rd_intensity',
    pattern: '(占GDP|占地区生产总值|占全市GDP|占生产总值)(的)?(比重|比例)?(为|达到|达|由(?:(?:19|20)\\d\\d年)?的?)?{F}|(研发|R&D)(经费)?投入强度(为|达到|达)?{F}|(GDP|生产总值)的?比重为{F}',
    when: '研发|[Rr] ?&? ?[Dd]|研究与(实验|试验)发展',
    // R&D over revenue: of the firms, or said so
    // (…or the province's or nation's, or an average the report's own is measured against)
    // (…or the share of something else in its own clause: "高新技术产业增加值占GDP比重达到25%")
    unlessNear: '(?:增加值|产值|出口额?)的?占|营业收入|主营业务收入|(?:企业|公司)的?(?:研发|R&D)(?:经费|费用)?投入强度|(?:全省|全国)(?:平均)?的?(?:研发|R&D)|平均水平\\(|兄弟[县市]|周边[县市地]',
    examples: [
      // what it reached after its growth in points
      { text: '研发经费投入强度较上年提高0.2个百分点,达到2.3%。', rows: [{ value: 2.3 }], by: 'link.reached_after_growth(rd_intensity.share_of_gdp)' },
      { text: '实现高新技术产业增加值120亿元,占GDP比重15%。', rows: [] },
      { text: '到“十三五”末,高新技术产业增加值占GDP比重达到25%,R&D经费支出占GDP比重达到2%。', rows: [{ value: 2 }], by: 'frame.rd_intensity.of_gdp' },
      { text: '预计全年研发经费支出231.5亿元,占GDP比重2.35%。', rows: [{ value: 2.35, status: 'forecast' }] },
      // where the share came from, then what it came to
      { text: '全市R&D经费支出达到19.6亿元,占GDP比重由2010年的1.32%提高到1.61%。', rows: [{ value: 1.32 }, { value: 1.61 }] },
      { text: '研发经费占营业收入比重为3.5%。', rows: [] },
      { text: '规上工业企业研发投入强度达2.2%。', rows: [] },
      { text: '全市研发投入强度1.98%,列全省第6位;同期全省研发投入强度为2.26%。', rows: [{ value: 1.98 }], by: 'frame.rd_intensity' },
    ],
  },
];
