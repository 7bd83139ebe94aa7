/**
 * What Sentry's SDKs may collect about a request or its user on their own: nothing (Sentry 11's
 * replacement for `sendDefaultPii: false`, decisions 1360 and 1381). The Node SDK of every process
 * and the web app's browser SDK start with it; each event is still scrubbed before it leaves. A
 * fresh object each call: an SDK's options are its own.
 */
export function noPersonalDataCollection() {
  return {
    userInfo: false,
    cookies: false,
    httpHeaders: false,
    httpBodies: [],
    urlQueryParams: false,
    graphQL: { document: false, variables: false },
  };
}
