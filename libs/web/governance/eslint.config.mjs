import nx from '@nx/eslint-plugin';
import baseConfig from '../../../eslint.config.mjs';

const TODAY_MESSAGE =
  "Use today() / year() / date() of Today from '@gevinst/web/ui' (the API's day, libs/web/ui/src/lib/today.ts), not the browser's clock.";

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'gv', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'gv', style: 'kebab-case' }],
    },
  },
  {
    // Browser and server agree on "today": it is the API's day (CurrentUser.today), read from Today in
    // @gevinst/web/ui. Only that service reads the browser's clock.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: TODAY_MESSAGE },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: TODAY_MESSAGE },
        { selector: "CallExpression[callee.type='Identifier'][callee.name='Date']", message: TODAY_MESSAGE },
      ],
    },
  },
];
