/** Stories, pure TypeScript (no Astro): parsing, validation, privacy guard, publishing rule, template. */
export { parseStory, type StoryParts, type YamlIssue } from './frontmatter';
export { findPrivacyInSlug, findPrivacyIssues, maskDigits, normalizeReaderText, type PrivacyFinding, type PrivacyKind } from './privacy';
export { scanMdx, parseMdx, STORY_COMPONENTS, SAFE_HTML, type MdxFinding, type MdxScan, type ImageRef, type ReaderText, type StoryComponent } from './mdx';
export { slugify, storySlug, isStorySlug, RESERVED_SLUGS } from './slug';
export { isPublished, byNewest, relatedStories, groupByUnit, groupByYear, groupBySupport, type StoryLike, type FilterGroup, type Publishable } from './publish';
export {
  validateStories,
  validateStoryText,
  checkImageRef,
  IMAGE_EXTENSIONS,
  PLACEHOLDER_IMAGE,
  PLACEHOLDER_RE,
  type CheckedStory,
  type StoriesResult,
  type StoryContext,
} from './validate';
export { storyTemplate, type TemplateInput } from './template';
