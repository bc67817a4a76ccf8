import { describe, expect, it } from 'vitest'
import { creditCodeProblem, normaliseCreditCode } from './creditCode'

describe('credit code format hint', () => {
  it('accepts the format of a real code (the check character is the server’s business)', () => {
    expect(creditCodeProblem('91330302MA2C7K1A0E')).toBeNull()
    // a wrong check character still has the right format
    expect(creditCodeProblem('91330302MA2C7K1A0F')).toBeNull()
  })

  it('normalises what people type or paste', () => {
    expect(normaliseCreditCode(' 9133 0302-ma2c7k1a0e ')).toBe('91330302MA2C7K1A0E')
    expect(normaliseCreditCode('９１３３０３０２ＭＡ２Ｃ７Ｋ１Ａ０Ｅ')).toBe('91330302MA2C7K1A0E')
    expect(creditCodeProblem('91330302ma2c7k1a0e')).toBeNull()
  })

  it('names the letters GB 32100 leaves out before anything else', () => {
    expect(creditCodeProblem('91330302MA2O')).toBe('leftOut')
    expect(creditCodeProblem('91330302MAIC7K1A0E')).toBe('leftOut')
  })

  it('refuses other characters, letters in the first eight and a wrong length', () => {
    expect(creditCodeProblem('91330302MA2C7K1A0#')).toBe('characters')
    expect(creditCodeProblem('9A330302MA2C7K1A0E')).toBe('digits')
    expect(creditCodeProblem('91330302MA2C7K1A0')).toBe('length')
    expect(creditCodeProblem('91330302MA2C7K1A0EE')).toBe('length')
  })
})
