import type { CodegenConfig } from '@graphql-codegen/cli'

// The output directory can be redirected (scripts/codegen-check.mjs generates into a
// temporary directory and compares it with the committed src/gql/).
const out = process.env.QIFU_GQL_OUT ?? 'src/gql/'

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*', '!src/**/*.spec.ts'],
  ignoreNoDocuments: true,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'useFragment' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string', JSON: 'unknown' },
        skipTypename: false,
      },
    },
  },
}

export default config
