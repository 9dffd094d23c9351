/** What to do when the server's connection closes without the client asking for it. */
export type CrashDecision =
	/** Start the server again and tell the user, which happens once per session. */
	| 'restart-and-tell'
	/** Start the server again without a word: the user knows already, and the log has each crash. */
	| 'restart'
	/** Too many crashes in a short time: leave the server stopped and say so. */
	| 'give-up';

/**
 * When to restart a crashed language server, and when to say so. vscode-languageclient restarts silently by
 * default (its notice is below the level it shows) and gives up after five crashes in three minutes; this keeps
 * that limit but tells the drafter once, at the first crash, that the server was restarted, since diagnostics
 * vanish and come back meanwhile. It has no dependency on VS Code, so it is tested on its own.
 */
export class CrashPolicy {
	readonly #crashes: number[] = [];
	#told = false;

	constructor(
		private readonly maxRestarts = 4,
		private readonly windowMs = 3 * 60_000,
		private readonly now: () => number = Date.now,
	) {}

	closed(): CrashDecision {
		const time = this.now();
		this.#crashes.push(time);
		while (this.#crashes.length > 0 && time - this.#crashes[0] > this.windowMs) {
			this.#crashes.shift();
		}
		if (this.#crashes.length > this.maxRestarts) {
			return 'give-up';
		}
		if (this.#told) {
			return 'restart';
		}
		this.#told = true;
		return 'restart-and-tell';
	}
}
