/** The part of js-yaml 4 (Astro's frontmatter parser) the validator calls. */
declare module 'js-yaml' {
  /** Where a YAML error is, 0-based. */
  export interface Mark {
    line: number;
    column: number;
  }
  /** js-yaml's error type. */
  export class YAMLException extends Error {
    reason: string;
    mark?: Mark;
  }
  /** Parses one YAML document with the default schema, as Astro does. */
  export function load(text: string): unknown;
  const yaml: { load: typeof load; YAMLException: typeof YAMLException };
  export default yaml;
}
