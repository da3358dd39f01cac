/**
 * `node:fs` for the CMS's browser bundle (aliased by src/integrations/cms.ts, client only). The
 * story checks run there with `dir: null` and an `images` list, so nothing here is ever reached;
 * each function throws, which the callers already treat as an unreadable file.
 */
const none = (name: string) => (): never => {
  throw new Error(`${name}: không có hệ thống tệp trong trình duyệt`);
};
export const existsSync = (): boolean => false;
export const readdirSync = none('readdirSync');
export const readFileSync = none('readFileSync');
export const lstatSync = none('lstatSync');
export const statSync = none('statSync');
export const realpathSync = none('realpathSync');
export const openSync = none('openSync');
export const readSync = none('readSync');
export const closeSync = none('closeSync');
export default { existsSync, readdirSync, readFileSync, lstatSync, statSync, realpathSync, openSync, readSync, closeSync };
