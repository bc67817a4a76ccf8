import { describe, expect, it } from 'vitest'
import {
  checkExpertForm,
  emptyExpertForm,
  expertiseProblem,
  formFromExpert,
  normaliseExpertise,
  toExpertInput,
} from './experts'

describe('expertise typed as tags', () => {
  it('are trimmed, inner spaces collapsed, empties and repeats dropped, order kept', () => {
    expect(normaliseExpertise([' 融资 ', '知识产权', '', '  ', '融资', 'IP  law', 'IP law'])).toEqual([
      '融资',
      '知识产权',
      'IP law',
    ])
  })

  it('need 1 to 10 fields of at most 30 characters', () => {
    expect(expertiseProblem([])).toBe('required')
    expect(expertiseProblem(['  '])).toBe('required')
    expect(expertiseProblem(['融资'])).toBeNull()
    expect(expertiseProblem(Array.from({ length: 10 }, (_, i) => `领域${i}`))).toBeNull()
    expect(expertiseProblem(Array.from({ length: 11 }, (_, i) => `领域${i}`))).toBe('tooMany')
    // repeats count once
    expect(expertiseProblem([...Array.from({ length: 10 }, (_, i) => `领域${i}`), '领域0'])).toBeNull()
    expect(expertiseProblem(['融'.repeat(30)])).toBeNull()
    expect(expertiseProblem(['融'.repeat(31)])).toBe('tooLong')
    // characters, not UTF-16 units
    expect(expertiseProblem(['𠀀'.repeat(30)])).toBeNull()
  })
})

describe('the expert form', () => {
  const filled = () => ({
    ...emptyExpertForm(),
    name: ' 李教授 ',
    expertise: ['融资', ' 股权激励 '],
    regionPath: ['330000', '330300', '330302'],
    title: ' 教授 ',
    organisation: '温州大学',
    bio: '',
    userEmail: ' li@example.com ',
  })

  it('asks for a name, a field and a region before sending', () => {
    expect(checkExpertForm(emptyExpertForm())).toEqual({
      name: { key: 'form.required' },
      regionCode: { key: 'form.required' },
      expertise: { key: 'experts.errors.expertise.required', params: { max: 10, length: 30 } },
    })
    expect(checkExpertForm(filled())).toEqual({})
  })

  it('flags text that is too long and an address that is not one', () => {
    const problems = checkExpertForm({ ...filled(), name: '名'.repeat(51), title: 'x'.repeat(101), userEmail: 'li@' })
    expect(problems.name).toEqual({ key: 'experts.errors.tooLong', params: { max: 50 } })
    expect(problems.title).toEqual({ key: 'experts.errors.tooLong', params: { max: 100 } })
    expect(problems.userEmail).toEqual({ key: 'experts.errors.email' })
  })

  it('becomes an ExpertInput with the county as region and every text trimmed', () => {
    expect(toExpertInput(filled())).toEqual({
      name: '李教授',
      expertise: ['融资', '股权激励'],
      regionCode: '330302',
      title: '教授',
      organisation: '温州大学',
      bio: '',
      available: true,
      userEmail: 'li@example.com',
    })
    // an empty account unlinks
    expect(toExpertInput({ ...filled(), userEmail: '  ' }).userEmail).toBe('')
  })

  it('is filled from an expert, the platform’s region standing for the expert’s', () => {
    const form = formFromExpert({
      name: '李教授',
      expertise: ['融资'],
      title: '教授',
      organisation: '温州大学',
      bio: '简介',
      available: false,
      accountEmail: null,
      platform: { region: { code: '330302' } },
    })
    expect(form).toEqual({
      name: '李教授',
      expertise: ['融资'],
      regionPath: ['330000', '330300', '330302'],
      title: '教授',
      organisation: '温州大学',
      bio: '简介',
      available: false,
      userEmail: '',
    })
    expect(toExpertInput(form).regionCode).toBe('330302')
  })
})
