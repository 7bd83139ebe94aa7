// A Sentry-free entry point (`@packyourbag/error-reports/process-reporter`) for bundled code.
export { reportThroughProcess } from './report/process-reporter.js';
