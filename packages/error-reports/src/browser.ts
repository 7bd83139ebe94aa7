// A Sentry-free entry point (`@packyourbag/error-reports/browser`) for the web app's bundled layout.
export {
  browserReportsConfig,
  registerBrowserReports,
  BROWSER_TUNNEL_PATH,
  type BrowserReportsConfig,
} from './browser/browser-reports.js';
export { noPersonalDataCollection } from './config/personal-data-collection.js';
