/** The language id contributed in package.json. */
export const LANGUAGE_ID = 'un-resolution';

/** The prefix of every setting; also the client id, so that `unResolution.trace.server` is read by the client. */
export const SETTINGS_SECTION = 'unResolution';

export const Commands = {
	treatAsResolution: 'unResolution.treatAsResolution',
	restartServer: 'unResolution.restartServer',
} as const;
