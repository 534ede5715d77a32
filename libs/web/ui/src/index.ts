// package.json next to this library declares "sideEffects": false. Without it the bundler keeps
// every module of this barrel once the app shell imports one helper, and Material's datepicker,
// dialog and paginator (about 400 kB) land in the initial bundle.
export * from './lib/accessible-calendar-header';
export * from './lib/api-base-url';
export * from './lib/api-error';
export * from './lib/confirm-dialog';
export * from './lib/danish-dates.providers';
export * from './lib/danish-datepicker-intl';
export * from './lib/danish-paginator-intl';
export * from './lib/error-banner';
export * from './lib/focus-first-invalid';
export * from './lib/iso-date';
export * from './lib/load-state';
export * from './list-state';
export * from './lib/list/list-table';
export * from './lib/list/url-list';
export * from './lib/page-header';
export * from './lib/page-title';
export * from './lib/server-field-errors';
export * from './lib/submit-dialog-form';
export * from './lib/today';
