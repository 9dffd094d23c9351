/**
 * The part of `node:assert/strict` that the extension-host suite uses, for the web extension host, which has no
 * Node modules. The web bundle of the suite maps `node:assert/strict` to this file (see bundle.ts), so the same
 * test files run in both hosts. Equality is strict, as in `node:assert/strict`.
 */

export class AssertionError extends Error {
	constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
		super(message);
		this.name = 'AssertionError';
	}
}

function fail(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
	if (message instanceof Error) {
		throw message;
	}
	throw new AssertionError(message ?? fallback, actual, expected);
}

function show(value: unknown): string {
	try {
		return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}

export function ok(value: unknown, message?: string | Error): asserts value {
	if (!value) {
		fail(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true);
	}
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
	if (!Object.is(actual, expected)) {
		fail(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected);
	}
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
	if (Object.is(actual, expected)) {
		fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected);
	}
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
	if (!isDeepEqual(actual, expected)) {
		fail(message, `Expected values to be strictly deep-equal:\n${show(actual)}\nshould equal\n${show(expected)}`, actual, expected);
	}
}

export function match(value: string, pattern: RegExp, message?: string | Error): void {
	if (typeof value !== 'string' || !pattern.test(value)) {
		fail(message, `The input did not match the regular expression ${pattern}. Input:\n${show(value)}`, value, pattern);
	}
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string | Error): void {
	if (typeof value !== 'string' || pattern.test(value)) {
		fail(message, `The input was expected to not match the regular expression ${pattern}. Input:\n${show(value)}`, value, pattern);
	}
}

/** Strict deep equality for what tests compare: primitives, arrays, plain and class objects, maps and sets. */
function isDeepEqual(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) {
		return true;
	}
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
		return false;
	}
	if (a instanceof Map || a instanceof Set) {
		const left = [...a.entries()];
		const right = [...(b as Map<unknown, unknown> | Set<unknown>).entries()];
		return isDeepEqual(left, right);
	}
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	return keysA.length === keysB.length && keysA.every(key => Object.prototype.hasOwnProperty.call(b, key)
		&& isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
