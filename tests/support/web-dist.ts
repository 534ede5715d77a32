import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The production build of the web app that `npm test` makes before Jest runs. */
export function webDistPath(): string {
  const path = join(__dirname, '..', '..', 'dist', 'apps', 'web', 'browser');
  if (!existsSync(join(path, 'index.html'))) {
    throw new Error(`No web build in ${path}: run the suite with \`npm test\` (it builds the web app) or \`npx nx build web\` first`);
  }
  return path;
}
