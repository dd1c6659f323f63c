// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import datasets from './src/site/datasets.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://gongkai.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Pages only (their URLs end in /): data files, feed and robots.txt stay out of the sitemap.
  // datasets() writes the download files (/data/, /reports/<id>.json|csv, /bodies/<id>.json|csv) outside the router.
  integrations: [mdx(), sitemap({ filter: (url) => url.endsWith('/') }), datasets()],
  build: { format: 'directory' },
  // Shiki's default github-dark greys comments out to 3.0:1 contrast (axe: color-contrast); this one keeps 4.5:1.
  markdown: { shikiConfig: { theme: 'github-dark-default' } },
  devToolbar: { enabled: false },
  // Separate caches let tests and benchmarks build fixture sites side by side.
  ...(process.env.GONGKAI_CACHE_DIR ? { cacheDir: process.env.GONGKAI_CACHE_DIR } : {}),
});
