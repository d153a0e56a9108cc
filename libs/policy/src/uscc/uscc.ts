import { z } from 'zod';
import { INPUT_ERRORS } from '../rules/rule-catalogue';

/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015 — docs/SPEC.md §8.
 * 1: registration authority, 2: organisation type, 3–8: issuing administrative division,
 * 9–17: organisation code, 18: check character.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_LENGTH = 18;

const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

// Stryker disable StringLiteral: the labels of GB 32100's code tables are data, not rule logic; a test
// reads a few of them (docs/mutation-testing.md).
const REGISTRATION_AUTHORITIES: Readonly<Record<string, string>> = Object.freeze({
  '1': '机构编制',
  '2': '外交',
  '3': '司法行政',
  '4': '文化',
  '5': '民政',
  '6': '旅游',
  '7': '宗教',
  '8': '工会',
  '9': '市场监管(工商)',
  A: '中央军委改革和编制办公室',
  N: '农业农村',
  Y: '其他',
});

const ORG_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '11': '机关',
  '12': '事业单位',
  '13': '中央编办直接管理机构编制的群众团体',
  '19': '其他(机构编制)',
  '21': '外国常驻新闻机构',
  '29': '其他(外交)',
  '31': '律师执业机构',
  '32': '公证处',
  '33': '基层法律服务所',
  '34': '司法鉴定机构',
  '35': '仲裁委员会',
  '39': '其他(司法行政)',
  '41': '外国在华文化中心',
  '49': '其他(文化)',
  '51': '社会团体',
  '52': '民办非企业单位',
  '53': '基金会',
  '59': '其他(民政)',
  '61': '外国旅游部门常驻代表机构',
  '62': '港澳台地区旅游部门常驻内地(大陆)代表机构',
  '69': '其他(旅游)',
  '71': '宗教活动场所',
  '72': '宗教院校',
  '79': '其他(宗教)',
  '81': '基层工会',
  '89': '其他(工会)',
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
  A1: '军队事业单位',
  A9: '其他(军队)',
  N1: '组级集体经济组织',
  N2: '村级集体经济组织',
  N3: '乡镇级集体经济组织',
  N9: '其他(农业)',
  Y1: '其他',
});

// Stryker restore StringLiteral

/** Administrative division prefix of Luzhou (泸州市, 5105xx). */
const LUZHOU_DIVISION_PREFIX = '5105';

export type UsccInvalidReason = 'NOT_A_STRING' | 'LENGTH' | 'CHARSET' | 'CHECK_CHAR';

export type UsccValidation =
  | {
      ok: true;
      code: string;
      registrationAuthority: string;
      orgType: string;
      orgTypeLabel: string;
      issuingDivision: string;
      /** Positions 3–8 are in Luzhou (5105xx). Informational: the issuer need not be today's district. */
      isLuzhouIssued: boolean;
    }
  | { ok: false; reason: UsccInvalidReason; message: string };

function charValue(ch: string): number {
  return USCC_CHARSET.indexOf(ch);
}

/** The check character (position 18) for a 17-character body over the USCC charset. */
export function computeUsccCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError(`USCC body must be 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = charValue(first17[i]);
    if (v < 0) throw new RangeError(`character "${first17[i]}" is not allowed in a USCC`);
    sum += v * WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return USCC_CHARSET[c === 31 ? 0 : c];
}

/** Validates a USCC (exact, upper-case, no spaces) and describes its parts. */
export function validateUscc(code: unknown): UsccValidation {
  if (typeof code !== 'string') {
    return { ok: false, reason: 'NOT_A_STRING', message: 'USCC must be a string' };
  }
  if (code.length !== USCC_LENGTH) {
    return { ok: false, reason: 'LENGTH', message: `USCC must be 18 characters, got ${code.length}` };
  }
  for (const ch of code) {
    if (charValue(ch) < 0) {
      return {
        ok: false,
        reason: 'CHARSET',
        message: `character "${ch}" is not allowed in a USCC (allowed: ${USCC_CHARSET})`,
      };
    }
  }
  if (computeUsccCheckChar(code.slice(0, 17)) !== code[17]) {
    return { ok: false, reason: 'CHECK_CHAR', message: 'USCC check character (position 18) is wrong' };
  }
  const orgType = code.slice(0, 2);
  const issuingDivision = code.slice(2, 8);
  return {
    ok: true,
    code,
    registrationAuthority: REGISTRATION_AUTHORITIES[code[0]] ?? '未知',
    orgType,
    orgTypeLabel: ORG_TYPES[orgType] ?? '未知',
    issuingDivision,
    isLuzhouIssued: issuingDivision.startsWith(LUZHOU_DIVISION_PREFIX),
  };
}

export function isValidUscc(code: unknown): code is string {
  return validateUscc(code).ok;
}

/** zod refinement: an 18-character USCC with a correct check character. */
export const usccSchema = z.string({ error: 'USCC must be a string' }).superRefine((value, ctx) => {
  const result = validateUscc(value);
  if (!result.ok) {
    ctx.addIssue({
      code: 'custom',
      message: result.message,
      params: { rule: 'INVALID_USCC', messageZh: INPUT_ERRORS.INVALID_USCC.messageZh },
    });
  }
});
