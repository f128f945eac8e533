// The scope of a row, as a user reads it in the table: the part of the whole a figure counts, in the
// report's words, without the verbs around it.
import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../src/extract/clean.ts';
import { extractRows } from '../../src/extract/engine.ts';

const scopes = (text: string) =>
  extractRows(cleanReport(text), { reportId: 's', period: 'FY' }).map((r) => [r.indicator, r.value, r.scope]);

describe('the scope of a row', () => {
  it('is the kind of platform, without the verb that built or brought it', () => {
    expect(scopes('新引进全国重点实验室2个、省部级实验室3个。')).toEqual([
      ['platforms', 2, '全国重点实验室'],
      ['platforms', 3, '省部级实验室'],
    ]);
    expect(scopes('新建省级工程技术研究中心8家。')).toEqual([['platforms', 8, '省级工程技术研究中心']]);
  });

  it('is the part a sum of money went to, where the money stands right after that part’s count', () => {
    expect(scopes('获批立项42项,争取项目资金3150万元。分级看,国家级项目4项、资金900万元;省级项目38项、资金2250万元。')).toEqual([
      ['projects_approved', 42, ''],
      ['project_funding', 3150, ''],
      ['projects_approved', 4, '国家级项目'],
      ['project_funding', 900, '国家级'],
      ['projects_approved', 38, '省级项目'],
      ['project_funding', 2250, '省级'],
    ]);
  });

  it('is empty where the words name the whole', () => {
    expect(scopes('组织申报各类科技计划项目143项。')).toEqual([['projects_applied', 143, '']]);
  });

  it('is no slogan in quotes the sentence opens on', () => {
    expect(scopes('坚持“早谋划、早储备、早申报”,全年组织申报各类科技计划项目63项,获批立项21项。')).toEqual([
      ['projects_applied', 63, ''],
      ['projects_approved', 21, ''],
    ]);
  });

  it('is the platform the firms a measure supported built, not the firms', () => {
    expect(scopes('支持规上企业新建县级研发中心9个。')).toEqual([['platforms', 9, '县级研发中心']]);
  });

  it('is the level or programme of the money, for the projects it supported', () => {
    expect(scopes('县本级安排科技三项经费90万元,支持项目11项。')).toEqual([
      ['project_funding', 90, '县本级'],
      ['projects_approved', 11, '县本级'],
    ]);
    expect(scopes('区科技发展基金全年共支持项目204项。')).toEqual([['projects_approved', 204, '区科技发展基金']]);
    expect(scopes('设立市级科技成果转化专项,支持转化项目15项。').map(([indicator, value]) => [indicator, value])).toEqual([['projects_approved', 15]]);
  });
});
