// Routes, and the link helper a health finding uses to point at the advice it cites (no components: they load lazily).
export { adviceRoutes } from './lib/advice.routes';
export { ADVICE_PATH, adviceLinkFor } from './lib/advice-links';
