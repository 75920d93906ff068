import { describe, expect, it } from 'vitest';
import { freshSharedRead } from './visitor-cache.ts';

/** A read the test answers by hand. */
function reads() {
	const sent: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
	const read = () =>
		new Promise<number>((resolve, reject) => {
			sent.push({ resolve, reject });
		});
	return { sent, read };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('freshSharedRead: one content-version read for concurrent visitors, never one sent before they asked', () => {
	it('gives those who ask while a read is on its way the next read, sent once for all of them', async () => {
		const key = {};
		const { sent, read } = reads();
		const first = freshSharedRead(key, read);
		expect(sent).toHaveLength(1);
		// asked after the first read went out: they must not get its answer (a change may have come in between)
		const second = freshSharedRead(key, read);
		const third = freshSharedRead(key, read);
		expect(sent).toHaveLength(1);
		sent[0]?.resolve(1);
		expect(await first).toBe(1);
		await tick();
		expect(sent).toHaveLength(2);
		sent[1]?.resolve(2);
		expect(await second).toBe(2);
		expect(await third).toBe(2);
		// nothing on its way: the next caller sends its own read at once
		const fourth = freshSharedRead(key, read);
		expect(sent).toHaveLength(3);
		sent[2]?.resolve(3);
		expect(await fourth).toBe(3);
	});

	it('does not keep a failed read: the waiting callers get a read of their own, and a failure reaches only its callers', async () => {
		const key = {};
		const { sent, read } = reads();
		const first = freshSharedRead(key, read);
		const second = freshSharedRead(key, read);
		sent[0]?.reject(new Error('connection lost'));
		await expect(first).rejects.toThrow('connection lost');
		await tick();
		expect(sent).toHaveLength(2);
		sent[1]?.resolve(7);
		expect(await second).toBe(7);
	});

	it('keeps reads for different databases apart', () => {
		const { sent, read } = reads();
		void freshSharedRead({}, read);
		void freshSharedRead({}, read);
		expect(sent).toHaveLength(2);
		for (const pending of sent) pending.resolve(0);
	});
});
