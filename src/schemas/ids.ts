/** Kebab-case ASCII: the form of every id that ends up in a URL (sections, figures, terms, slugs). */
export const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An alignment id (<P id>, <S id>, …): the same form, written by `npm run ids`. */
export const alignmentId = kebabId;
