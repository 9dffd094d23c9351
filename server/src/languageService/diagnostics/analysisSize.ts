import type { Resolution } from '../model/types';
import type { LintConfig } from './config';

/**
 * Above this many characters (about 5 MB of text) the checker runs only the structure and numbering rules.
 * Every rule reads the whole model, so the cost of a check grows with the document; past this size a full
 * check per keystroke would make typing lag, while numbering is what a very long text most needs checked.
 */
export const DEFAULT_MAX_FULL_ANALYSIS_SIZE = 5_000_000;

/** True when the document is too long for every rule under this configuration. */
export function isReducedAnalysis(resolution: Resolution, config: LintConfig): boolean {
	return resolution.text.length > (config.maxFullAnalysisSize ?? DEFAULT_MAX_FULL_ANALYSIS_SIZE);
}

/**
 * `unResolution/analysisStatus`: the server tells the client when a document's check is reduced (and when it is
 * full again), so that the status item can say that only structure and numbering are checked.
 */
export const ANALYSIS_STATUS_NOTIFICATION = 'unResolution/analysisStatus';

export interface AnalysisStatusParams {
	uri: string;
	version: number;
	/** True when only the structure and numbering rules ran. */
	reduced: boolean;
	/** The document's length and the limit, in characters. */
	size: number;
	limit: number;
}
