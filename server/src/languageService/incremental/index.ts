import type { DocumentLanguage, Resolution } from '../model/types';
import { parseResolution, type ParseOptions } from '../parser/parse';
import { patchResolution } from './patch';

// The language option each model was read with: a model read as another language cannot be patched.
const readAs = new WeakMap<Resolution, DocumentLanguage | undefined>();

/**
 * The model of a new version of a document, made from the previous version's model when the change is a
 * keystroke inside one paragraph (a line break typed or deleted in it included), on a line that is a paragraph of
 * its own, or an added or removed blank line (see patch.ts), and by a full parse otherwise. The result is always what
 * `parseResolution(text, options)` returns (the incremental-equivalence tests check it on random edits of real
 * texts); `previous` is consumed and must not be used afterwards. Never throws.
 */
export function updateResolution(previous: Resolution | undefined, text: string, options: ParseOptions = {}): Resolution {
	let resolution: Resolution | undefined;
	if (previous && readAs.has(previous) && readAs.get(previous) === options.language) {
		try {
			resolution = patchResolution(previous, text, options.language);
		} catch {
			// A failure here is a bug in the shortcut, not in the text: the full parse below gives the right answer.
			resolution = undefined;
		}
	}
	resolution ??= parseResolution(text, options);
	readAs.set(resolution, options.language);
	return resolution;
}
