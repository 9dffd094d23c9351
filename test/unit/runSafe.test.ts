import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { runSafe, runSafeAsync } from '../../server/src/runSafe';

function recorder(): { logger: { error(message: string): void }; messages: string[] } {
	const messages: string[] = [];
	return { logger: { error: message => messages.push(message) }, messages };
}

describe('runSafe', () => {
	test('returns what the handler computes', () => {
		const { logger, messages } = recorder();
		assert.deepEqual(runSafe(logger, () => [1, 2], [], 'symbols'), [1, 2]);
		assert.deepEqual(messages, []);
	});

	test('logs a failure with its stack and returns the default', () => {
		const { logger, messages } = recorder();
		const result = runSafe(logger, (): number[] => {
			throw new Error('parser bug');
		}, [], 'Error while computing symbols for file:///a');
		assert.deepEqual(result, []);
		assert.equal(messages.length, 1);
		assert.match(messages[0], /^Error while computing symbols for file:\/\/\/a: Error: parser bug\n\s+at /);
	});

	test('logs values that are not errors', () => {
		const { logger, messages } = recorder();
		runSafe(logger, () => {
			throw 'plain string';
		}, undefined, 'close');
		assert.deepEqual(messages, ['close: plain string']);
	});

	test('answers a cancelled request with RequestCancelled without running it', () => {
		const { logger } = recorder();
		const source = new CancellationTokenSource();
		source.cancel();
		let ran = false;
		const result = runSafe(logger, () => {
			ran = true;
			return [];
		}, [], 'symbols', source.token);
		assert.equal(ran, false);
		assert.ok(result instanceof ResponseError);
		assert.equal(result.code, LSPErrorCodes.RequestCancelled);
	});
});

describe('runSafeAsync', () => {
	test('returns what the handler resolves to', async () => {
		const { logger, messages } = recorder();
		assert.deepEqual(await runSafeAsync(logger, async () => ['fix'], [], 'code actions'), ['fix']);
		assert.deepEqual(messages, []);
	});

	test('logs a rejection and returns the default', async () => {
		const { logger, messages } = recorder();
		const result = await runSafeAsync(logger, async (): Promise<string[]> => {
			throw new Error('settings unreadable');
		}, [], 'Error while checking file:///a');
		assert.deepEqual(result, []);
		assert.match(messages[0], /^Error while checking file:\/\/\/a: Error: settings unreadable/);
	});

	test('answers RequestCancelled when the request is cancelled while it waits', async () => {
		const { logger } = recorder();
		const source = new CancellationTokenSource();
		const result = await runSafeAsync(logger, async () => {
			source.cancel();
			return ['stale'];
		}, [], 'diagnostics', source.token);
		assert.ok(result instanceof ResponseError);
		assert.equal(result.code, LSPErrorCodes.RequestCancelled);
	});
});
