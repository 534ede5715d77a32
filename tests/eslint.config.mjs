import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The suite boots the API itself (apps/api/src) and the embedded database script; apps are not libraries,
    // so Nx's boundary rule would refuse those imports. Nothing imports from tests/.
    files: ['**/*.ts', '**/*.mjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
