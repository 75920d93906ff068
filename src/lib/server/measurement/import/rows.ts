/** What a CSV or XLSX reader hands the validation: one row at a time, numbered as a spreadsheet shows it. */
export type RawCell = string | number | Date | boolean | null;

export interface RawRow {
	/** 1-based, the header being row 1 */
	row: number;
	cells: RawCell[];
}

export interface ReadOptions {
	maxBytes?: number;
	maxRows?: number;
}

/** An upload as it arrives: a Node stream, a web stream's async iterator, or (in tests) an array of chunks. */
export type ByteSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
