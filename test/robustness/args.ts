/** Reads `--name value` from the command line of a long-run script, as a whole number. */
export function numberOption(argv: readonly string[], name: string, fallback: number): number;
export function numberOption(argv: readonly string[], name: string, fallback?: number): number | undefined;
export function numberOption(argv: readonly string[], name: string, fallback?: number): number | undefined {
	const index = argv.indexOf(`--${name}`);
	if (index < 0) {
		return fallback;
	}
	const value = argv[index + 1];
	if (value === undefined || !/^\d+$/.test(value)) {
		throw new Error(`--${name} needs a whole number, not ${JSON.stringify(value)}`);
	}
	return Number(value);
}

/** Runs a long-run script's main function, printing a failure without a stack trace wall and exiting with 1. */
export function runMain(main: () => Promise<void> | void): void {
	Promise.resolve().then(main).catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 1;
	});
}
