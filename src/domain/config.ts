// The office's settings (xf.config.json). Pure data and defaults; reading the file is the CLI's job.
import { Type, type Static } from '@sinclair/typebox';

export const OfficeConfig = Type.Object(
  {
    office_name: Type.String({ minLength: 1, title: '机关名称' }),
    /** 全宗号: 4 letters or digits (SPEC §7.3). */
    fonds_no: Type.String({ pattern: '^[A-Z0-9]{4}$', title: '全宗号' }),
    /** 机关代字 for 文号, e.g. 某信. */
    org_code: Type.String({ minLength: 1, title: '机关代字' }),
    /** Short code used in serials such as XX-LXD-2026-000123. */
    org_short: Type.String({ pattern: '^[A-Z0-9]{2,8}$', title: '机关简码' }),
    office_address: Type.Optional(Type.String({ title: '机关地址' })),
    /** Is this office a 信访部门 (DL-01 applies) or another organ (DL-02/DL-03)? */
    is_xf_bureau: Type.Boolean({ title: '本机关为信访部门' }),
    /** Rule packs: national_2022 first, then overlays (SPEC §1). */
    rule_packs: Type.Array(Type.String(), { minItems: 1, title: '规则包' }),
    review_org_name: Type.Optional(Type.String({ title: '复查机关（上一级）' })),
    review_org_address: Type.Optional(Type.String({ title: '复查机关地址' })),
    rereview_org_name: Type.Optional(Type.String({ title: '复核机关' })),
    rereview_org_address: Type.Optional(Type.String({ title: '复核机关地址' })),
    fonts_dir: Type.Optional(Type.String({ title: '字体目录' })),
    fonts: Type.Optional(
      Type.Object(
        {
          body: Type.Optional(Type.String({ title: '正文字体文件（仿宋）' })),
          title: Type.Optional(Type.String({ title: '标题字体文件（小标宋）' })),
          heiti: Type.Optional(Type.String({ title: '黑体字体文件' })),
          kaiti: Type.Optional(Type.String({ title: '楷体字体文件' })),
          /** The office's licensed fonts for characters the faces above lack (e.g. CJK Ext B): tried after them, before xf's bundled fallbacks. */
          fallback: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { title: '补充字体文件（生僻字、少数民族文字）' })),
        },
        { additionalProperties: false },
      ),
    ),
    templates_dir: Type.Optional(Type.String({ title: '模板目录' })),
    /** The office's case numbers when not the register's YYYY-NNNN (a regular expression; V-PATH-1). */
    case_no_pattern: Type.Optional(Type.String({ minLength: 1, title: '信访件编号格式' })),
    archive: Type.Optional(
      Type.Object(
        {
          mode: Type.Union([Type.Literal('item'), Type.Literal('file')], { title: '整理方式' }),
          order: Type.Union([Type.Literal('conclusion_first'), Type.Literal('chronological')], { title: '排列顺序' }),
          category_code: Type.String({ pattern: '^[A-Z]{2}$', title: '门类代码' }),
          org_or_issue_code: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{3}$', title: '机构（问题）代码' })),
          retention: Type.Optional(Type.Record(Type.String(), Type.Union([Type.Literal('Y'), Type.Literal('D30'), Type.Literal('D10')]), { title: '保管期限对照' })),
          /** The office's authorised e-seal (PNG, relative to XF_HOME): the filed letters carry it; without it they are filed as 底稿. */
          seal_png: Type.Optional(Type.String({ minLength: 1, title: '电子印章图片' })),
        },
        { additionalProperties: false },
      ),
    ),
    calendar_overrides: Type.Optional(Type.String({ title: '日历调整文件' })),
    /** 纪委监委 an accusation may be routed to even when it matches the respondent (XFGZ §30; V-DOC-2). */
    discipline_bodies: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { title: '纪检监察机关' })),
  },
  { additionalProperties: false, title: 'xf.config.json' },
);
export type OfficeConfig = Static<typeof OfficeConfig>;

export function defaultConfig(officeName = '某市某区人民政府信访局'): OfficeConfig {
  return {
    office_name: officeName,
    fonds_no: 'X001',
    org_code: '某信',
    org_short: 'XX',
    is_xf_bureau: false,
    rule_packs: ['national_2022'],
    review_org_name: '某市人民政府',
    review_org_address: '某市人民大道1号',
    rereview_org_name: '某省人民政府信访局',
    rereview_org_address: '某省某市政务大道100号',
    archive: { mode: 'item', order: 'conclusion_first', category_code: 'WS', org_or_issue_code: 'XFB' },
  };
}

/** What `xf init` writes for a review body it was not given: never printed, refused naming the key. */
export const PLACEHOLDER = '（待填写）';

/** The review bodies `xf init` sets (--review-org …), each with its config key. */
export const REVIEW_BODY_KEYS = ['review_org_name', 'review_org_address', 'rereview_org_name', 'rereview_org_address'] as const;

/** A value that is not an address yet: missing, blank, or the placeholder `xf init` wrote. */
export function isPlaceholder(v: string | undefined): boolean {
  return v === undefined || v.trim() === '' || v.includes('待填写');
}
