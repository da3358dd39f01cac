/**
 * The CMS page's script: loads Decap's self-hosted bundle, registers the story components and the
 * preview (with the validator's messages), then starts Decap with the config the page generated.
 */
import { EDITOR_COMPONENTS, storyImagePath } from '../../lib/cms/components';
import { componentPreview, PREVIEW_CSS } from './components-preview';
import { makePreview, type CmsData, type Decap } from './preview';
import siteCss from '../../styles/global.css?url';

declare global {
  interface Window {
    CMS?: Decap;
    CMS_MANUAL_INIT?: boolean;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`Không tải được ${src}`));
    document.head.append(s);
  });
}

/** Starts the CMS. */
export async function start(): Promise<void> {
  const data = JSON.parse(document.getElementById('cms-data')!.textContent!) as CmsData;
  // Decap starts itself on load unless told not to: the config comes from this page, not config.yml.
  window.CMS_MANUAL_INIT = true;
  await loadScript(data.decap);
  const CMS = window.CMS!;
  for (const c of EDITOR_COMPONENTS) CMS.registerEditorComponent({ ...c, toPreview: componentPreview(c.id) });
  CMS.registerPreviewStyle(siteCss);
  CMS.registerPreviewStyle(PREVIEW_CSS, { raw: true });
  CMS.registerPreviewTemplate('stories', makePreview(CMS, data));
  // The cover is written as the schema wants it, ./images/<file>.
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const d = entry.get('data');
      const src = d.getIn(['cover', 'src']);
      return typeof src === 'string' ? d.setIn(['cover', 'src'], storyImagePath(src)) : d;
    },
  });
  CMS.init({ config: data.config });
}
