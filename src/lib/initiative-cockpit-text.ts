/**
 * How the cockpit and the backbone page say their numbers and findings: calendar days, months with
 * one decimal, whole kroner, and each missing element of a condition as a sentence.
 */
import type { Missing } from './domain/initiatives/conditions.ts';
import { roundMonthsDown } from './domain/initiatives/runway.ts';
import { sectorLabel } from './labels.ts';
import { m } from './paraglide/messages.js';

const tagOf = (locale: string) => (locale === 'en' ? 'en-GB' : 'da-DK');

/** A calendar day (yyyy-mm-dd) as "31. august 2027" / "31 August 2027"; the day itself, never shifted by a time zone. */
export function formatDay(iso: string | null, locale: string): string {
	if (!iso) return '';
	return new Intl.DateTimeFormat(tagOf(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Months with at most one decimal, rounded down: "9,4" / "9.4". */
export function formatMonths(months: number, locale: string): string {
	return new Intl.NumberFormat(tagOf(locale), { maximumFractionDigits: 1 }).format(roundMonthsDown(months));
}

/** Whole kroner with the language's thousands separator: "1.500.000" / "1,500,000". */
export function formatKroner(amount: number, locale: string): string {
	return new Intl.NumberFormat(tagOf(locale), { maximumFractionDigits: 0 }).format(amount);
}

/** A share of a post: "0,5" / "0.5". */
export function formatShare(share: number | null, locale: string): string {
	return share === null ? '' : new Intl.NumberFormat(tagOf(locale), { maximumFractionDigits: 2 }).format(share);
}

const list = (items: readonly string[], locale: string) => new Intl.ListFormat(tagOf(locale), { type: 'conjunction' }).format(items);

/** One missing element of a condition, said in a sentence. */
export function missingText(missing: Missing, locale: string): string {
	switch (missing.key) {
		case 'agenda_problem':
			return m.initiative_missing_agenda_problem();
		case 'agenda_vision':
			return m.initiative_missing_agenda_vision();
		case 'agenda_goal_tree':
			return m.initiative_missing_agenda_goal_tree();
		case 'agenda_no_partners':
			return m.initiative_missing_agenda_no_partners();
		case 'agenda_endorsements':
			return m.initiative_missing_agenda_endorsements({
				endorsed: missing.endorsed,
				partners: missing.partners,
				needed: missing.needed,
				actors: list(missing.actors, locale)
			});
		case 'activities_no_sub_goals':
			return m.initiative_missing_activities_no_sub_goals();
		case 'activities_goals_without_activity':
			return m.initiative_missing_activities_goals_without_activity({ goals: list(missing.goals, locale) });
		case 'activities_actors_without_commitment':
			return m.initiative_missing_activities_actors_without_commitment({ actors: list(missing.actors, locale) });
		case 'activities_sectors':
			return m.initiative_missing_activities_sectors({
				present: missing.present,
				needed: missing.needed,
				sectors: list(missing.missing.map(sectorLabel), locale)
			});
		case 'backbone_organisation':
			return m.initiative_missing_backbone_organisation();
		case 'backbone_staff':
			return m.initiative_missing_backbone_staff();
		case 'backbone_governance':
			return m.initiative_missing_backbone_governance();
		case 'backbone_no_funding':
			return m.initiative_missing_backbone_no_funding();
		case 'backbone_runway':
			return missing.endsOn
				? m.initiative_missing_backbone_runway({
						months: formatMonths(missing.months, locale),
						date: formatDay(missing.endsOn, locale),
						needed: missing.needed
					})
				: m.initiative_missing_backbone_runway_none({ needed: missing.needed });
		case 'measurement_no_indicators':
			return m.measurement_core_missing_no_indicators();
		case 'measurement_no_key_indicator':
			return m.measurement_core_missing_no_key_indicator();
		case 'measurement_without_target':
			return m.measurement_core_missing_without_target({ indicators: list(missing.indicators, locale) });
		case 'measurement_without_recent_data':
			return m.measurement_core_missing_without_recent_data({ indicators: list(missing.indicators, locale) });
	}
}
