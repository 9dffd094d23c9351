/**
 * What the suite imports from `mocha`, for the web extension host. Mocha's browser build declares the TDD functions
 * as globals once `mocha.setup('tdd')` has run (runner.ts), after the bundle has loaded; so each export here looks
 * its global up when it is called. The web bundle maps `mocha` to this file (see bundle.ts); the test files are
 * type-checked against the real mocha.
 */

type Call = (...args: unknown[]) => unknown;
type Declaration = Call & { skip?: Call; only?: Call };

function lookUp(name: string): Declaration {
	const value = (globalThis as unknown as Record<string, Declaration | undefined>)[name];
	if (typeof value !== 'function') {
		throw new Error(`mocha.setup('tdd') has not run: ${name} is not defined`);
	}
	return value;
}

function forward(name: string): Declaration {
	return Object.assign((...args: unknown[]) => lookUp(name)(...args), {
		skip: (...args: unknown[]) => lookUp(name).skip?.(...args),
		only: (...args: unknown[]) => lookUp(name).only?.(...args),
	});
}

export const suite = forward('suite');
export const test = forward('test');
export const setup = forward('setup');
export const teardown = forward('teardown');
export const suiteSetup = forward('suiteSetup');
export const suiteTeardown = forward('suiteTeardown');
