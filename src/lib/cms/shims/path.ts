/** `node:path` for the CMS's browser bundle (client only): pathe, a port of Node's POSIX path functions. */
export { basename, dirname, extname, join, normalize, posix, relative, resolve, sep } from 'pathe';
export { default } from 'pathe';
