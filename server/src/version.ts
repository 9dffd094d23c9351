/** Replaced by esbuild at bundle time with the version from package.json (see esbuild.mjs). */
declare const PACKAGE_VERSION: string | undefined;

/**
 * The product version shown by `--version` and in the server's `serverInfo`. The tsc build used by unit tests is
 * not bundled, so the constant is missing there and a development marker stands in for it.
 */
export const productVersion: string = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';
