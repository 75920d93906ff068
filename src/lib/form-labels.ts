/**
 * A form field's name (`summary.da`, `actors.2.role.en`, `lessons.patience`) as the words its label
 * shows, for an error summary and an edit conflict, which name fields away from the field itself.
 */
import { LESSON_KEYS, type LessonKey } from './domain/learning/content.ts';
import { translateOr } from './i18n.ts';
import { m } from './paraglide/messages.js';

const ROW_FIELD_KEYS: Record<string, Record<string, string>> = {
	actors: { name: 'learning_field_actor_name', sector: 'field_sector', role: 'learning_field_actor_role' },
	results: {
		date: 'learning_field_date',
		figure: 'learning_field_figure',
		description: 'learning_field_description',
		sourceUrl: 'learning_field_sourceUrl'
	},
	events: { date: 'learning_field_date', text: 'learning_field_event_text' },
	sources: { title: 'learning_field_source_title', url: 'learning_field_source_url' }
};

const LIST_KEYS: Record<string, string> = {
	actors: 'learning_field_actors',
	results: 'learning_field_results',
	events: 'learning_field_events',
	sources: 'learning_field_sources'
};

function withLanguage(label: string, lang: string | undefined): string {
	if (lang === 'da') return `${label} (${m.learning_lang_da()})`;
	if (lang === 'en') return `${label} (${m.learning_lang_en()})`;
	return label;
}

/** The label of a field of a learning form, or of another form (`field_<name>`), else the name itself. */
export function fieldLabel(name: string): string {
	const parts = name.split('.');
	const lang = parts.at(-1) === 'da' || parts.at(-1) === 'en' ? parts.pop() : undefined;
	const [head, second, third] = parts;
	if (head in LIST_KEYS && /^\d+$/.test(second ?? '')) {
		const row = m.learning_row({ list: translateOr(LIST_KEYS[head], head), number: Number(second) + 1 });
		const field = ROW_FIELD_KEYS[head]?.[third ?? ''];
		return withLanguage(field ? `${row} – ${translateOr(field, third ?? '')}` : row, lang);
	}
	if (head === 'lessons' && LESSON_KEYS.includes(second as LessonKey)) {
		const lesson = m.lessons_kicker({ number: LESSON_KEYS.indexOf(second as LessonKey) + 1 });
		return withLanguage(third === 'note' ? `${lesson} – ${m.learning_field_lesson_note()}` : lesson, lang);
	}
	if (parts.length === 1) return withLanguage(translateOr(`learning_field_${head}`, translateOr(`field_${head}`, head)), lang);
	return name;
}
