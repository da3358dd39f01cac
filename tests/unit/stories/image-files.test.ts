/** Story images on disk: symlinks, files that are not images, and the whole folder the build imports. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStories } from '../../../src/lib/stories/validate';
import { repo, units } from './helpers';

const REL = 'tests/fixtures/stories-image-files';
const result = validateStories(join(repo, REL), units, REL);

describe('image files', () => {
  it('a cover that is a symlink leading out of the images folder is a file-error at cover.src', () => {
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code: 'file-error', file: `${REL}/cover-symlink-outside.mdx`, line: 11, field: 'cover.src', message: expect.stringMatching(/symlink.*Sửa: /) }),
    );
  });

  it('a file of the folder that is not an image is reported even when no story uses it', () => {
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'file-error', file: `${REL}/images/not-an-image.jpg`, line: null }));
  });

  it('the symlink is reported once, at the story that uses it, and a real image passes', () => {
    expect(result.problems.filter((p) => p.message.includes('symlink-outside.jpg'))).toHaveLength(1);
    expect(result.problems.filter((p) => p.file.endsWith('valid-story.mdx') || p.file.endsWith('bia.jpg'))).toEqual([]);
  });
});
