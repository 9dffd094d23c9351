import { renderPreview } from '../languageService/features/preview/render';
import { Requests } from '../languageService/features/views/protocol';
import { documentRequest } from './documentRequest';

/** `unResolution/preview`: the draft rendered as escaped HTML, which the client puts into its preview page. */
export const previewHandler = documentRequest(Requests.preview, 'the preview', (resolution, document) =>
	renderPreview(resolution, document));
