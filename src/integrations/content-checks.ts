import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArticles } from '../checks/index.ts';
import { ContentCheckError, formatProblem } from '../model/content-problem.ts';
import { articlesDir, contentRoot } from '../model/layout.ts';
import { parseCounts } from '../model/parse-once.ts';

/**
 * Runs the content integrity checks before Astro reads any content, so a writer's
 * mistake stops `astro build` with the file, the line and what to fix. In `astro dev`
 * the problems are logged as warnings instead, so the server keeps running while they
 * are fixed, and the checks run again whenever a file of the content folder changes.
 *
 * After a build it records how often each edition file was parsed (the checks' parse is
 * the pages' parse: see src/model/parse-once.ts) in node_modules/.astro/, one file per
 * content folder (edition-parses.content.json), which the tests read.
 */
export const parseCountsFile = `node_modules/.astro/edition-parses.${contentRoot.replace(/[^A-Za-z0-9]+/g, '-')}.json`;

/** The line logged when a re-check finds nothing wrong (the dev test waits for it). */
export const cleanLine = 'all clean: no content problems';

/** Saving several files at once (an editor's "save all") triggers one re-check. */
const settleMs = 150;

export default function contentChecks(): AstroIntegration {
  let root = '';
  const check = () => checkArticles(resolve(root, articlesDir), root);
  const warn = (logger: AstroIntegrationLogger, problems: ReturnType<typeof check>) => {
    for (const problem of problems) logger.warn(formatProblem(problem));
  };
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const problems = check();
        if (problems.length === 0) return;
        if (command === 'build') throw new ContentCheckError(problems);
        warn(logger, problems);
      },
      'astro:server:setup': ({ server, logger }) => {
        // CONTENT_ROOT may lie outside the project, which Vite does not watch by itself.
        const folder = resolve(root, contentRoot);
        server.watcher.add(folder);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (path !== folder && !path.startsWith(folder + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const problems = check();
            if (problems.length === 0) logger.info(cleanLine);
            else warn(logger, problems);
          }, settleMs);
        });
      },
      'astro:build:done': () => {
        const file = `${root}${parseCountsFile}`;
        mkdirSync(fileURLToPath(new URL('.', `file://${file}`)), { recursive: true });
        writeFileSync(file, `${JSON.stringify(Object.fromEntries(parseCounts()), null, 2)}\n`);
      },
    },
  };
}
