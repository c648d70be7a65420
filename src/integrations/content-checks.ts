import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkArticles } from '../checks/article-integrity.ts';
import { ContentCheckError, formatProblem } from '../checks/content-error.ts';
import { articlesDir, contentRoot } from '../model/layout.ts';
import { parseCounts } from '../model/parse-once.ts';

/**
 * Runs the content integrity checks before Astro reads any content, so a writer's
 * mistake stops `astro build` with the file, the line and what to fix. In `astro dev`
 * the problems are logged instead, so the server keeps running while they are fixed.
 *
 * After a build it records how often each edition file was parsed (the checks' parse is
 * the pages' parse: see src/model/parse-once.ts) in node_modules/.astro/, one file per
 * content folder (edition-parses.content.json), which the tests read.
 */
export const parseCountsFile = `node_modules/.astro/edition-parses.${contentRoot.replace(/[^A-Za-z0-9]+/g, '-')}.json`;

export default function contentChecks(): AstroIntegration {
  let root = '';
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const problems = checkArticles(fileURLToPath(new URL(`${articlesDir}/`, config.root)), root);
        if (problems.length === 0) return;
        if (command === 'build') throw new ContentCheckError(problems);
        for (const problem of problems) logger.error(formatProblem(problem));
      },
      'astro:build:done': () => {
        const file = `${root}${parseCountsFile}`;
        mkdirSync(fileURLToPath(new URL('.', `file://${file}`)), { recursive: true });
        writeFileSync(file, `${JSON.stringify(Object.fromEntries(parseCounts()), null, 2)}\n`);
      },
    },
  };
}
