/** Link-card size: what Open Graph consumers crop least (1.91:1). Apart from the renderer so pages can state it cheaply. */
export const cardSize = { width: 1200, height: 630 } as const;
