// The preview host serves dist/renderer; `npm run test:e2e` builds it first.
import fs from 'node:fs';
import path from 'node:path';

export default function globalSetup(): void {
  const index = path.resolve('dist/renderer/index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`${index} is missing: build the renderer first (npm run build:renderer), or use npm run test:e2e`);
  }
}
