/** One broken rule on one object. `rule` is stable (specs and CI output name it). */
export interface Finding {
  rule: string;
  /** `Kind/namespace/name`, and the container when the rule is about one. */
  object: string;
  message: string;
}
