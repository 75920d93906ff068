import type { CaseScale, ProblemField } from './domain/learning/content.ts';
import type { Sector } from './domain/organisations/sectors.ts';
import { m } from './paraglide/messages.js';

export function sectorLabel(sector: Sector): string {
	const labels: Record<Sector, () => string> = {
		public: m.sector_public,
		foundation: m.sector_foundation,
		civil_society: m.sector_civil_society,
		business: m.sector_business,
		knowledge: m.sector_knowledge,
		citizen_group: m.sector_citizen_group
	};
	return labels[sector]();
}

export function roleLabel(role: 'admin' | 'editor' | 'member'): string {
	return role === 'admin' ? m.role_admin() : role === 'editor' ? m.role_editor() : m.role_member();
}

export function statusLabel(status: 'active' | 'invited' | 'disabled'): string {
	return status === 'active' ? m.status_active() : status === 'invited' ? m.status_invited() : m.status_disabled();
}

export function problemFieldLabel(field: ProblemField): string {
	const labels: Record<ProblemField, () => string> = {
		land_and_nature: m.problem_field_land_and_nature,
		climate: m.problem_field_climate,
		homelessness: m.problem_field_homelessness,
		local_development: m.problem_field_local_development,
		safety: m.problem_field_safety,
		children_and_education: m.problem_field_children_and_education,
		inclusion: m.problem_field_inclusion,
		other: m.problem_field_other
	};
	return labels[field]();
}

export function caseScaleLabel(scale: CaseScale): string {
	return scale === 'local' ? m.case_scale_local() : m.case_scale_national();
}
