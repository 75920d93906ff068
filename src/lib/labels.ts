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
