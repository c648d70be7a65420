import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleVersions, type ArticleVersion } from '../../../../../lib/articles';
import { renderArticleCard } from '../../../../../preview-image/card-text';

/** The link card of each section in each language: /<lang>/<slug>/s/<section>/preview.png. */
export const getStaticPaths = (async () =>
  (await getArticleVersions()).flatMap((version) =>
    version.structure.sections.map((section) => ({
      params: { lang: version.locale, slug: version.slug, section: section.id },
      props: { version, sectionId: section.id },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ version: ArticleVersion; sectionId: string }> = async ({ props }) =>
  new Response(await renderArticleCard(props.version, props.sectionId), {
    headers: { 'Content-Type': 'image/png' },
  });
