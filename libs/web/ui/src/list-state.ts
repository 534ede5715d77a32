// The pure half of the list building block (URL state codecs, page math), without Angular: page state files
// import it from here so their unit tests run in Node without loading the components of the main entry point.
export * from './lib/list/list-paging';
export * from './lib/list/list-params';
