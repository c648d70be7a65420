import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkArticles } from '../checks/article-integrity';
import { ContentCheckError, formatProblem } from '../checks/content-error';

/**
 * Runs the content integrity checks before Astro reads any content, so a writer's
 * mistake stops `astro build` with the file, the line and what to fix. In `astro dev`
 * the problems are logged instead, so the server keeps running while they are fixed.
 */
export default function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = checkArticles(fileURLToPath(new URL('content/articles/', config.root)), root);
        if (problems.length === 0) return;
        if (command === 'build') throw new ContentCheckError(problems);
        for (const problem of problems) logger.error(formatProblem(problem));
      },
    },
  };
}
