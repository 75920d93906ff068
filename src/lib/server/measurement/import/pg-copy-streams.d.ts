/** The part of pg-copy-streams 7 (it ships no types) that copy-text.ts uses. */
declare module 'pg-copy-streams' {
	import type { Writable } from 'node:stream';
	import type { Submittable } from 'pg';

	/** A COPY … FROM STDIN: write the rows' text, end it; `rowCount` holds the rows stored once it has finished. */
	export interface CopyStreamQuery extends Writable, Submittable {
		rowCount: number;
	}
	export function from(text: string): CopyStreamQuery;
}
