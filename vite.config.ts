// Builds the renderer into dist/renderer, with relative URLs so it loads from app:// in
// Electron and from the preview server alike.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The passphrase-strength dictionaries are large by nature and load lazily in their own chunk.
    chunkSizeWarningLimit: 2048,
  },
});
