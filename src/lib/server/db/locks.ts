/**
 * Ids of the PostgreSQL advisory locks, in one place so no two uses share one by accident.
 * Transaction-level (`pg_advisory_xact_lock`) unless noted.
 */
export const ADVISORY_LOCKS = {
	/** session-level, around the migrations (app servers starting together) */
	migrations: 4242000,
	/** the first administrator from the set-up page */
	setup: 4242001,
	/** loading the learning content */
	learningSeed: 4242002,
	/** anything that may remove an active administrator (role change, disabling, account deletion) */
	adminChanges: 4242003,
	/** A3: with a hash of the account or the address as second key, around reserving a sign-in attempt */
	signInAttempts: 4242004,
	/** with a hash of the initiative's id as second key, around any change to its members (the last backbone lead) */
	initiativeMembers: 4242005,
	/** with a hash of the initiative's id as second key, around committing a measurement import or entry grid */
	measurementImport: 4242130
} as const;
