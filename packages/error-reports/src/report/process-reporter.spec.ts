import { describe, expect, it, vi } from 'vitest';
import { registerProcessReporter, reportThroughProcess } from './process-reporter.js';

describe('reportThroughProcess', () => {
  it('does nothing before error reports started, then hands errors to the registered reporter', () => {
    expect(() => reportThroughProcess(new Error('ignored'))).not.toThrow();
    const reporter = vi.fn();
    registerProcessReporter(reporter);
    const error = new Error('render failed');
    reportThroughProcess(error, { requestId: 'req-7' });
    expect(reporter).toHaveBeenCalledExactlyOnceWith(error, { requestId: 'req-7' });
  });
});
