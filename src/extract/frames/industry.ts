// 高新技术产业: output, value added, and their growth.
import { MONEY, type Frame } from './frame.ts';

export const frames: Frame[] = [
  {
    id: 'hitech_output',
    indicator: 'hitech_output',
    thing: ['hitechOutput'],
    alsoAct: ['amountReached'],
    units: MONEY,
    not: ['revenue', 'investment', 'average', 'valueAddedWord'],
    examples: [
      // new products' output is no industry's, however the sentence began
      { text: '全县实现高新技术产品产值68.7亿元,同比增长24.6%;完成新产品产值42.1亿元,增长19.8%。', rows: [{ value: 68.7 }] },
      // a numeral written out with a point, whole
      { text: '全县实现高新技术产业产值一百二十三点六亿元。', rows: [{ value: 123.6 }] },
      // places before each figure after 分别 (or 依次), each a part
      { text: '全市三个园区高新技术产业产值依次为:黎山高新区186.2亿元、滨江经开区97.5亿元。', rows: [{ value: 186.2, scope: true }, { value: 97.5, scope: true }], by: 'link.respectively_parts(frame.hitech_output)' },
      // names listed, then as many figures, with no 分别
      { text: '全市实现高新技术产业产值、增加值386.5亿元、92.3亿元,分别增长14.6%、12.1%。', rows: [{ value: 386.5 }], by: 'link.respectively(frame.hitech_output)' },
      // …and in 亿 then 万, in numerals; not the multipliers of a number in digits
      { text: '全区高新技术产业产值完成二百零五亿三千万元。', rows: [{ value: 205.3 }] },
      { text: '全市高新技术产业产值3.46万亿元。', rows: [{ value: 34600 }] },
      // what the figure before will come to, past its growth
      { text: '1—10月,全县高新技术产业完成产值38.6亿元,同比增长27.4%,预计全年可达46亿元。', rows: [{ value: 38.6 }, { value: 46, status: 'forecast' }], by: 'link.reached_again' },
      // a clause of years alone after a figure of the same unit: that figure's indicator for each year
      { text: '2009年完成高新技术产业产值48.3亿元,2006年至2008年分别为21.7亿元、29.4亿元和38.6亿元。', rows: [{ value: 48.3 }, { value: 21.7 }, { value: 29.4 }, { value: 38.6 }], by: 'link.year_by_year(frame.hitech_output)' },
      // a period a figure is compared with, or one in a bracket closed before it, is none of the figures after
      { text: '上半年,全县高新技术产业产值同比下降9.2%,降幅较一季度收窄6.1个百分点;实现产值31.4亿元。', rows: [{ value: 31.4, period: 'H1' }] },
      { text: '前三季度,增速由负转正(上半年为-2.2%,一季度为-9.6%);全县高新技术产业产值44.7亿元。', rows: [{ value: 44.7, period: 'Q1-Q3' }] },
      // 其 names the things the clause before listed, of the kind the sentence named
      { text: '在八大高新技术领域中,我县新材料技术、高新技术改造传统产业、电子信息技术位居前三,其产值分别为216.4亿元、98.3亿元、57.9亿元。', rows: [{ value: 216.4, scope: true }, { value: 98.3, scope: true }, { value: 57.9, scope: true }], by: 'link.respectively(frame.hitech_output)' },
      // a part that names its own part of the year is of that part; a column of 上年同期 is of the same part
      { text: '全年全市实现高新技术产业产值1260亿元;其中上半年实现产值583亿元。', rows: [{ value: 1260, period: 'FY' }, { value: 583, period: 'H1' }], by: 'link.part' },
      // a place a list after 其中 opens on is each item's
      { text: '全市高新技术产业产值860亿元,其中,青山县高新技术产业产值、增加值分别为152.6亿元和40.3亿元。', rows: [{ value: 860, scope: false }, { value: 152.6, scope: true }] },
      { text: '2019年,全市累计实现高新技术产业总产值2356.8亿元。', rows: [{ value: 2356.8, period: 'FY' }] },
      { text: '1-9月高新技术产业产值27.6亿。', rows: [{ value: 27.6 }] },
      // a forecast for the year that names the head again
      { text: '上半年全州高新技术产业实现产值41.6亿元,同比增长24.3%,预计全年产值近85亿元。', rows: [{ value: 41.6, status: 'actual' }, { value: 85, status: 'forecast' }], by: 'link.reached_again' },
      { text: '1-11月,全县高新技术产业实现产值58.6亿元,同比增长13.2%,预计全年可实现产值64亿元。', rows: [{ value: 58.6, period: 'YTD' }, { value: 64, period: 'FY', status: 'forecast' }], by: 'link.reached_again' },
      // a target of a part of the year is that part's
      { text: '一季度,全县高新技术产业实现产值12.6亿元,同比增长19.3%,完成一季度目标(12亿元)的105%。', rows: [{ value: 12.6, period: 'Q1', status: 'actual' }, { value: 12, period: 'Q1', status: 'target' }], by: 'link.reached_again' },
      // one month's own figure, or a later quarter's, is no row: no period is that part of the year
      { text: '1-8月全市高新技术产业产值完成186.3亿元,其中8月份当月完成24.1亿元。', rows: [{ value: 186.3, period: 'YTD' }] },
      { text: '上半年高新技术产业产值完成139.5亿元,其中二季度完成75.3亿元。', rows: [{ value: 139.5, period: 'H1' }] },
      { text: '全县完成高新产值120亿元。', rows: [{ value: 120 }] },
      { text: '一季度,全市实现高新技术产值349亿元,同比增长19%。', rows: [{ value: 349, period: 'Q1' }] },
      { text: '规模以上高新技术产品产值达到3305亿元,同比增长25.9%。', rows: [{ value: 3305 }] },
      { text: '高新技术产业产值完成560亿元,增长15.3%。', rows: [{ value: 560 }] },
      // its fraction hidden too
      { text: '一季度高新技术产业产值完成**.*亿元,同比增长**.*%。', rows: [{ value: null, period: 'Q1' }] },
    ],
  },
  {
    id: 'hitech_output.apart',
    indicator: 'hitech_output',
    thing: ['hitech'],
    act: ['outputWord'],
    thingNear: true,
    units: MONEY,
    not: ['share', 'revenue'],
    examples: [
      { text: '规模以上高新技术产业实现产值345.43亿元。', rows: [{ value: 345.43 }] },
      // the thing just before a clause that opens on the act, not before one that names something else
      { text: '全县纳入高新技术产业统计企业156户,实现产值412.7亿元。', rows: [{ value: 412.7 }] },
      { text: '高新技术产业增加值增长9.3%,战略性新兴产业产值1200亿元。', rows: [] },
      { text: '实现高技术产业产值500亿元。', rows: [] },
      { text: '全年完成高新技术产业投资85亿元。', rows: [] },
    ],
  },
  {
    id: 'hitech_value_added.apart',
    indicator: 'hitech_value_added',
    thing: ['hitech'],
    act: ['valueAddedWord'],
    thingNear: true,
    units: MONEY,
    not: ['share', 'revenue'],
    examples: [
      // the clause before names the thing, this one opens on the year and the act
      { text: '2014年,滍阳市高新技术产业发展势头良好,全年实现增加值148.7亿元,同比增长16.9%。', rows: [{ value: 148.7 }] },
      // a paragraph that names no thing before its figure reads the short numbered heading above it
      { text: '四、高新技术产业\n前三季度,增加值完成87.4亿元。', rows: [{ value: 87.4 }] },
      { text: '全年实现高技术产业增加值65亿元,增长12%;高新技术产业营业收入突破900亿元。', rows: [] },
      // a short name past a ; stands for the head of the figure before
      { text: '全市高新技术产业实现产值1126.8亿元,同比增长16.4%;实现增加值286.3亿元。', rows: [{ value: 286.3 }], by: 'link.shorthand(frame.hitech_value_added.apart)' },
      // (…where the figure before is no row: its head still named)
      { text: '全县高新技术产业实现主营业务收入38.7亿元,同比增长22.1%;完成增加值9.46亿元。', rows: [{ value: 9.46 }], by: 'link.shorthand(frame.hitech_value_added.apart)' },
      { text: '高新技术产业实现增加值1337.5亿元,同比增长10.4%。', rows: [{ value: 1337.5 }] },
      { text: '全市高新技术产业实现工业总产值654.2亿元,实现工业增加值171.9亿元。', rows: [{ value: 171.9 }], by: 'link.shorthand(frame.hitech_value_added.apart)' },
      // a year gone by's figure set beside this one, past its growth and over a ;, is a baseline of the same indicator
      { text: '上半年完成高新技术产业增加值126.7亿元,同比增长9.6%,2023年上半年为115.6亿元。', rows: [{ value: 126.7 }, { value: 115.6 }], by: 'link.baseline' },
      // (an output's word in the lead names no value added its own clause names)
      { text: '全区实现高新技术产业总产值118亿元,同比增长27.4%;实现增加值34.2亿元,同比增长25.1%。', rows: [{ value: 34.2 }] },
      { text: '实现高新技术产业产值21.6亿元左右,增加值6.2亿元。', rows: [{ value: 6.2 }], by: 'link.shorthand(frame.hitech_value_added.apart)' },
      // a name that stands for the head of the figure before it; names listed before 分别, read by frames
      { text: '2019年,全市实现高新技术产业总产值2356.8亿元,增加值702.4亿元。', rows: [{ value: 702.4 }], by: 'link.shorthand(frame.hitech_value_added.apart)' },
      { text: '全年实现高新技术产业值679.2亿元、增加值191.7亿元。', rows: [{ value: 191.7 }], by: 'link.shorthand(frame.hitech_value_added)' },
      // the figure before's growth between them
      { text: '全市高新技术产业实现产值1200亿元,增长18%,实现增加值320亿元,增长16%。', rows: [{ value: 320 }], by: 'link.shorthand(frame.hitech_value_added.apart)' },
      { text: '全市实现高新技术产业产值、增加值分别为6317.39亿元、1153.66亿元。', rows: [{ value: 1153.66 }], by: 'link.respectively(frame.hitech_value_added.apart)' },
    ],
  },
  {
    id: 'hitech_output_growth',
    indicator: 'hitech_output_growth',
    thing: ['hitechOutput'],
    act: ['growth', 'decline'],
    thingNear: true,
    units: ['%'],
    not: ['share'],
    examples: [
      // a plan's yearly average right after the year's growth, past a multiple: that growth's, over the span
      { text: '2015年全市实现高新技术产业产值1126亿元,同比增长11.3%,是2010年的2.4倍,“十二五”期间年均增长19.2%。', rows: [{ value: 11.3, period: 'FY' }, { value: 19.2, period: 'CUM' }], by: 'link.yearly_average' },
      // past the output's own share, its growth
      { text: '高新技术产业实现产值326.5亿元,占全县规上工业总产值的比重为47%,同比增长8.2%。', rows: [{ value: 8.2 }], by: 'link.growth' },
      // a growth right after a share is the growth of what the share was of; not another thing's
      { text: '高新技术产业产值占比为18%,同比增速为12%。', rows: [{ value: 12 }], by: 'link.growth_of_share' },
      { text: '高新技术产业增加值占规上工业增加值比重达到72.1%,高新技术产业投资增长18%。', rows: [] },
      // a growth over the month before is no growth of the year's output
      { text: '高新技术产业产值完成560亿元,环比增长4.2%。', rows: [] },
      // a caption above a table is no heading; a cell in a column of growth is the growth
      {
        text: '表1\t2022年1-9月主要科技指标完成情况\n指标\t单位\t完成值\t同比增长\n高新技术产业产值\t亿元\t186.3\t15.2%',
        rows: [{ value: 15.2 }],
        by: 'link.table_row',
      },
      { text: '高新技术产值同比增长12.5%。', rows: [{ value: 12.5 }] },
      { text: '高新技术产业产值增长15.2%。', rows: [{ value: 15.2 }] },
      { text: '全年全市实现高新技术产品产值286亿元,比增24%。', rows: [{ value: 24 }], by: 'link.growth' },
      // a growth that fell is below nothing, whether said (下降) or signed
      { text: '受市场波动影响,一季度高新技术产业产值同比下降3.4%。', rows: [{ value: -3.4, period: 'Q1' }] },
      { text: '高新技术产业产值280亿元,同比下降8.1%。', rows: [{ value: -8.1 }], by: 'link.growth' },
      // a growth on the line under its figure, in a digest
      { text: '数说2019\n高新技术产业产值\n▶ 86.4亿元\n▶ 同比+9.3%', rows: [{ value: 9.3 }], by: 'link.line_growth' },
      // the signs a post writes a growth and a fall with
      { text: '高新技术产业产值58.2亿元,同比+7.4%。', rows: [{ value: 7.4 }], by: 'link.growth' },
      { text: '高新技术产业产值33.9亿元,同比-2.6%。', rows: [{ value: -2.6 }], by: 'link.growth' },
      { text: '高新技术产业产值41.5亿元↑12.3%。', rows: [{ value: 12.3 }], by: 'link.growth' },
      // the yearly average over two years, right after the growth, is that growth's over the span
      { text: '1-5月,全县高新技术产业产值41.6亿元,同比增长30.2%,两年平均增长9.4%。', rows: [{ value: 30.2, period: 'YTD' }, { value: 9.4, period: 'CUM' }], by: 'link.yearly_average' },
      // a quarter no period names, after 其中, is no part of the growth
      { text: '上半年高新技术产业产值同比下降12.4%,其中二季度下降20.5%。', rows: [{ value: -12.4, period: 'H1' }] },
      { text: '高新技术产业产值完成560亿元,增长15.3%。', rows: [{ value: 15.3 }], by: 'link.growth' },
      { text: '预计全年高新技术产业产值可达95亿元,增速保持在10%以上。', rows: [{ value: 10, status: 'forecast' }], by: 'link.growth' },
      // growths listed after 分别, one for each figure before, whatever stands between (比上年, 约)
      { text: '高新技术产业产值和增加值分别完成436.2亿元、118.5亿元,分别比上年增长13.6%和11.2%。', rows: [{ value: 13.6 }], by: 'link.respectively_growth' },
      { text: '高新技术产业增加值占规模以上工业增加值比重达到45.2%,比上年提高2个百分点。', rows: [] },
    ],
  },
  {
    id: 'hitech_value_added',
    indicator: 'hitech_value_added',
    thing: ['hitechValueAdded'],
    alsoAct: ['amountReached'],
    units: MONEY,
    // (an output named in the figure's own clause is the output's: "…增加值年增8.6%,总产值达1,286亿元")
    not: ['revenue', 'investment', 'average', 'outputWord'],
    examples: [
      // the statement after the months so far, forecasting the whole year, is of what the one before named
      { text: '1—11月,全市高新技术产业增加值完成31.85亿元,同比增长14.2%,增速居全市第三位。预计全年完成35亿元左右。', rows: [{ value: 31.85, period: 'YTD' }, { value: 35, period: 'FY', status: 'forecast' }] },
      // 年增 (a repost's word for growth on the year); an output named in the next clause is no value added
      { text: '湘沅市上半年高新技術產業增加值年增8.6%,總產值達1,286億元。', rows: [] },
      // a short name after the growth of the figure before, said with 比上年 and 实现
      { text: '全年实现高新技术产业产值52.4亿元,比上年增长19.6%,实现增加值14.1亿元,增长17.2%。', rows: [{ value: 14.1 }], by: 'link.shorthand(frame.hitech_value_added.apart)' },
      // a year the figure's own clause names speaks over a span that opens the sentence
      { text: '“十三五”期间,全市高新技术产业增加值年均增长13.6%,2020年达到486亿元。', rows: [{ value: 486, period: 'FY' }] },
      { text: '推动高新技术产业提质增效,2018年实现高新技术企业增加值186.3亿元。', rows: [{ value: 186.3, period: 'FY' }] },
      { text: '高新技术产业增加值6.9亿。', rows: [{ value: 6.9 }] },
      { text: '规模以上高新技术产业实现高新增加值36亿元。', rows: [{ value: 36 }] },
      { text: '全市实现高新技术产业增加值630.4亿元,增长7.7%。', rows: [{ value: 630.4 }] },
      { text: '高新技术产业增加值亿元,同比分别增长19%和%。', rows: [{ value: null }] },
      // the number missing after the verb that announces it
      { text: '高新技术产业增加值完成亿元。', rows: [{ value: null }] },
      { text: '我区高新产业增加值9.7亿元。', rows: [{ value: 9.7 }] },
    ],
  },
  {
    id: 'hitech_value_added_growth',
    indicator: 'hitech_value_added_growth',
    thing: ['hitechValueAdded'],
    act: ['growth', 'decline'],
    thingNear: true,
    units: ['%'],
    not: ['share'],
    examples: [
      { text: '湘沅市上半年高新技術產業增加值年增8.6%。', rows: [{ value: 8.6 }] },
      // a growth after the short name of the value added, past a ; after the output: the value added's
      { text: '全市高新技术产业产值1862亿元;增加值526亿元,增长11.8%。', rows: [{ value: 11.8 }], by: 'link.growth' },
      // the share of a task done is no growth, nor a part of it
      { text: '全县高新技术产业增加值完成21.34亿元,同比增长15.8%,完成市定目标任务的104%。', rows: [{ value: 15.8 }], by: 'link.growth' },
      // a short name for the head of the growth before it, 同比 and all
      { text: '全县高新技术产业产值同比增长16.2%,增加值同比增长14.5%。', rows: [{ value: 14.5 }], by: 'link.shorthand(hitech_value_added_growth.growth)' },
      // the thing in the clause before, this one opening on the months and the act
      { text: '全县规上高新技术产业增加值保持了较快增长势头,1—11月同比增长12.3%。', rows: [{ value: 12.3, period: 'YTD' }] },
      // (…after the amount and its growth, the short name read with the amount's head)
      { text: '全市高新技术产业实现产值921.4亿元,同比增长17.6%,增加值增长16.2%。', rows: [{ value: 16.2 }], by: 'link.shorthand(hitech_value_added_growth.growth)' },
      // the short name past the ; read first, then its growth
      { text: '全年高新技术产业完成总产值约870亿元,同比增长31.5%;实现增加值246亿元,同比增长27.8%。', rows: [{ value: 27.8 }], by: 'link.growth' },
      { text: '1-5月份,全市高新技术产业增加值增速为%。', rows: [{ value: null }] },
      { text: 'xx高新技术产业增加值累计增速为12.2%。', rows: [{ value: 12.2, period: 'YTD' }] },
      { text: '全年高新技术产业增加值增长率为-1.6%,主要受龙头企业减产影响。', rows: [{ value: -1.6 }] },
      // a list of labels: the growth item after the figure it is the growth of, past the ; (its clause opens
      // on the act, the thing just before) or in the same line
      { text: '主要指标:高新技术产业增加值:86.5亿元;增速:12.1%;全社会研发投入:15.2亿元。', rows: [{ value: 12.1 }] },
      { text: '指标名称:高新技术产业增加值 完成值:48.3亿元 增速:12.6%', rows: [{ value: 12.6 }], by: 'link.growth' },
      // a table's column of growth, headed 增减(%) as readily as 同比增长
      { text: '指标\t本年累计\t上年同期\t增减(%)\n高新技术产业增加值(亿元)\t21.4\t19.1\t12.0\n', rows: [{ value: 12 }], by: 'link.table_row' },
      { text: '确保全年高新技术产业增加值增长15%,力争达到18%。', rows: [{ value: 15, status: 'target' }, { value: 18, status: 'target' }], by: 'link.reached_again' },
      { text: '2016年全区高新技术产业增加值同比增长14.5%,2015年为11.2%。', rows: [{ value: 14.5 }, { value: 11.2 }], by: 'link.baseline' },
      { text: '全年高新技术产业实现产值约416亿元、增加值约102亿元,分别增长约11%、9%。', rows: [{ value: 9 }], by: 'link.respectively_growth' },
    ],
  },
];
