/**
 * Props for an element whose children the page already holds: while hydrating, Preact keeps them as they are,
 * without reading or drawing them (as @astrojs/preact does for static slots); the next drawing without these
 * props replaces them. The timeline uses it to take over its days and chart a step after its form.
 */
export const KEEP_PAGE_CHILDREN = { dangerouslySetInnerHTML: { __html: '' } } as const;
