/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): a format hint while typing.
 * The check character (18th) is verified by the server only, so the form never claims a
 * code is valid — it points out what is certainly wrong.
 */

export const CREDIT_CODE_LENGTH = 18

/** The 31 characters of GB 32100: digits and capital letters without I, O, Z, S, V. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** The letters GB 32100 leaves out: the usual typos for 1, 0, 2, 5 and U. */
const LEFT_OUT = new Set(['I', 'O', 'Z', 'S', 'V'])

/** Upper case, full-width characters made ASCII, without spaces and hyphens. */
export function normaliseCreditCode(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s-]+/g, '')
    .toUpperCase()
}

export type CreditCodeProblem = 'length' | 'leftOut' | 'characters' | 'digits'

/**
 * What is certainly wrong with the format, or null when the format is right (the server then
 * checks the check character). Order: wrong characters before a wrong length, so that the
 * hint while typing points at the character to fix.
 */
export function creditCodeProblem(raw: string): CreditCodeProblem | null {
  const code = normaliseCreditCode(raw)
  if ([...code].some((c) => LEFT_OUT.has(c))) return 'leftOut'
  if ([...code].some((c) => !CREDIT_CODE_ALPHABET.includes(c))) return 'characters'
  // Characters 1–8: registering authority, entity type and the GB/T 2260 region code.
  if (!/^\d*$/.test(code.slice(0, 8))) return 'digits'
  if (code.length !== CREDIT_CODE_LENGTH) return 'length'
  return null
}
