/** What the shipped guidance must say, shared by the article suite's unit tests and browser specs. */

/** The article's things to avoid or pause (Part 1), with the last day for both procedure types. */
export const ARTICLE_RESTRICTIONS: Record<string, number> = {
  'direct-sun': 3,
  swimming: 3,
  'tanning-beds': 3,
  makeup: 3,
  'cleansing-brushes': 7,
  aha: 7,
  bha: 7,
  retinoids: 7,
  'vitamin-c': 7,
  scrubs: 14,
  masks: 14,
  'chemical-exfoliators': 14,
  'heavy-creams': 14,
};
