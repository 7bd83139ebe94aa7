/**
 * Powerful features the app does not use, turned off for it and anything it might embed. The
 * share and token panels copy to the clipboard, so clipboard-write stays on for this origin.
 * Only names Chromium knows: an unknown one is logged on every page (Debian's Chromium does not
 * know `bluetooth`).
 */
const FEATURES: Record<string, string> = {
  accelerometer: '()',
  autoplay: '()',
  camera: '()',
  'clipboard-read': '()',
  'clipboard-write': '(self)',
  'display-capture': '()',
  'encrypted-media': '()',
  fullscreen: '()',
  geolocation: '()',
  gyroscope: '()',
  hid: '()',
  'idle-detection': '()',
  magnetometer: '()',
  microphone: '()',
  midi: '()',
  payment: '()',
  'picture-in-picture': '()',
  'publickey-credentials-get': '()',
  'screen-wake-lock': '()',
  serial: '()',
  usb: '()',
  'xr-spatial-tracking': '()',
};

/** The `Permissions-Policy` header value. */
export const PERMISSIONS_POLICY = Object.entries(FEATURES)
  .map(([feature, allowlist]) => `${feature}=${allowlist}`)
  .join(', ');
