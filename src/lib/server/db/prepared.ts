/**
 * Prepared statements for the reads every signed-in page makes (the session, the initiative
 * membership, an initiative's indicators). Building a query with Drizzle costs the server's one
 * JavaScript thread more than PostgreSQL takes to answer it; a prepared statement is built once per
 * database and, on PostgreSQL, planned once per connection (a named statement).
 *
 * Inside a transaction the query is built as usual: a statement prepared on the database is not
 * bound to the transaction's connection.
 */
import { type Executor, rawAccessOf } from './client.ts';

const kept = new WeakMap<Executor, Map<string, unknown>>();

/**
 * The statement `prepare(db)` built once for this database (kept per name), or `undefined` when
 * `db` is a transaction: then run the query unprepared.
 */
export function preparedOn<T>(db: Executor, name: string, prepare: (db: Executor) => T): T | undefined {
	if (!rawAccessOf(db)) return undefined;
	let statements = kept.get(db);
	if (!statements) {
		statements = new Map();
		kept.set(db, statements);
	}
	let statement = statements.get(name) as T | undefined;
	if (statement === undefined) {
		statement = prepare(db);
		statements.set(name, statement);
	}
	return statement;
}
