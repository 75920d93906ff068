/**
 * A failed form keeps what the person typed (forms.ts), one value per field. Checkbox groups send a
 * field several times (goalIds); this keeps all of them, joined by spaces, so the page can tick
 * them again. Wraps a form action; only failures with values are touched.
 */
import { isActionFailure, type RequestEvent } from '@sveltejs/kit';

export function keepListValues<E extends RequestEvent, R>(names: readonly string[], action: (event: E) => Promise<R>) {
	return async (event: E): Promise<R> => {
		const copy = event.request.clone();
		const result = await action(event);
		if (isActionFailure(result)) {
			const data = result.data as { values?: Record<string, string> } | undefined;
			if (data?.values) {
				const formData = await copy.formData().catch(() => undefined);
				for (const name of names) {
					const all = formData?.getAll(name).filter((v): v is string => typeof v === 'string') ?? [];
					if (all.length > 0) data.values[name] = all.join(' ');
				}
			}
		}
		return result;
	};
}
