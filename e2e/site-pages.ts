/** The site's pages, read from the content under test (CONTENT_DIR), for specs that visit every page. */
import { guidePages, site } from '../tests/helpers/content';

export { guidePages, procedures, restrictions } from '../tests/helpers/content';

/** Pages that are not guide pages, with their main heading (the home page is titled with the site's name). */
export const OTHER_PAGES = [
  { path: '/', title: site().siteName },
  { path: '/avoid/', title: 'What to avoid, and until when' },
];

/** Every page that shows content: the fixed pages and every guide page. */
export const contentPages = () => [...OTHER_PAGES, ...guidePages()];
