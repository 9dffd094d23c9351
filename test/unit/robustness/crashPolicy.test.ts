import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CrashPolicy } from '../../../client/src/crashPolicy';

describe('restarting a crashed server', () => {
	const policyAt = (times: number[]) => {
		let index = 0;
		return new CrashPolicy(4, 180_000, () => times[index++]);
	};

	it('restarts and tells the user at the first crash, then restarts quietly', () => {
		const policy = policyAt([0, 1000, 2000]);
		assert.deepEqual([policy.closed(), policy.closed(), policy.closed()], ['restart-and-tell', 'restart', 'restart']);
	});

	it('gives up at the fifth crash within three minutes, as vscode-languageclient does', () => {
		const policy = policyAt([0, 10_000, 20_000, 30_000, 40_000]);
		const decisions = Array.from({ length: 5 }, () => policy.closed());
		assert.deepEqual(decisions, ['restart-and-tell', 'restart', 'restart', 'restart', 'give-up']);
	});

	it('forgets crashes older than three minutes, so a server that crashes rarely is always restarted', () => {
		const policy = policyAt([0, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000]);
		const decisions = Array.from({ length: 7 }, () => policy.closed());
		assert.ok(!decisions.includes('give-up'), decisions.join(', '));
		assert.equal(decisions.filter(decision => decision === 'restart-and-tell').length, 1);
	});
});
