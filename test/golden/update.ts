/**
 * Writes test/golden/<seed>.json from the parser's output. A golden written
 * here is only a draft: check its numbers against the seed's tables by hand
 * before committing it (test/lib/parse.test.ts holds the hand-read figures).
 * Run: node_modules/.bin/node test/golden/update.ts
 */
import { writeFileSync } from 'node:fs';
import { canonicalJson } from '../../src/lib/exports/report-json.ts';
import { parseSeed, ROOT, SEEDS } from '../fixtures/seeds.ts';

for (const seed of SEEDS) {
  const { report, diagnostics } = parseSeed(seed);
  if (!report) throw new Error(`${seed}: ${diagnostics.map((d) => d.message).join('; ')}`);
  writeFileSync(`${ROOT}test/golden/${seed}.json`, canonicalJson(report));
  console.log(`wrote test/golden/${seed}.json`);
}
