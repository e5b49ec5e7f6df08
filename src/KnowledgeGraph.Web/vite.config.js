import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages: the explorer at / and GraphiQL at /graphiql/index.html. Everything is bundled into
// ../KnowledgeGraph.Api/wwwroot (embedded into KnowledgeGraph.Api.dll by its csproj), so nothing
// is fetched from a CDN at run time. Hashed assets live under /app/.
export default defineConfig({
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../KnowledgeGraph.Api/wwwroot'),
    emptyOutDir: true,
    assetsDir: 'app',
    sourcemap: false,
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
    rolldownOptions: {
      // Third-party React packages carry "use client" directives that mean nothing in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        explorer: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql/index.html'),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:5080',
      '/api': 'http://127.0.0.1:5080',
    },
  },
});
