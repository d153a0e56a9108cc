// ESLint flat config. Module boundaries are enforced on two axes of Nx tags (STYLE.md):
// an app never imports another app, a service scope imports only `scope:shared`,
// `libs/policy` (type:contracts) imports nothing of ours but utils.
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

const depConstraints = [
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['*'] },
  {
    sourceTag: 'type:platform',
    onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:contracts', 'type:util'],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:platform',
      'type:feature',
      'type:data-access',
      'type:contracts',
      'type:util',
    ],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:contracts', 'type:util'],
  },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:contracts', 'type:util'],
  },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: [
      'type:testing',
      'type:platform',
      'type:contracts',
      'type:util',
      'type:data-access',
      'type:feature',
    ],
  },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:review', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:publicity', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:subsidy', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:evaluation', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:shared'] },
  // The people-facing layer: the gateway (BFF) and the development identity provider.
  { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:shared'] },
  // The portal runs in the browser: contracts and utils only (libs/policy's schemas and rule texts),
  // never a service's framework, database or broker client.
  {
    sourceTag: 'scope:portal',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:util'],
    bannedExternalImports: [
      '@nestjs/*',
      '@prisma/*',
      'fastify',
      '@fastify/*',
      'pg',
      'ioredis',
      'amqplib',
      'bullmq',
    ],
  },
];

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/tmp/**',
      '**/.nx/**',
      'apps/*/src/infra/prisma/generated/**',
      'var/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    // Tests of any project may use the testing library (factories, per-run isolation); nothing else.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test-support/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: depConstraints.map((c) =>
            c.sourceTag.startsWith('type:') && c.sourceTag !== 'type:tooling'
              ? {
                  ...c,
                  // a feature's tests may compose it with the other features (e.g. http + auth)
                  onlyDependOnLibsWithTags: [
                    ...c.onlyDependOnLibsWithTags,
                    'type:testing',
                    ...(c.sourceTag === 'type:feature' ? ['type:feature'] : []),
                  ],
                }
              : c,
          ),
        },
      ],
    },
  },
  prettier,
];
