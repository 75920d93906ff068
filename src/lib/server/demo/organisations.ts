import type { Sector } from '../../domain/organisations/sectors.ts';

/**
 * Organisations named in the seed's example collection (see shared/spec/cases.md), so that a
 * fresh install has real actors to work with. Only names and sectors: no invented facts.
 */
export const DEMO_ORGANISATIONS: { slug: string; name: string; sector: Sector }[] = [
	{ slug: 'realdania', name: 'Realdania', sector: 'foundation' },
	{ slug: 'bikubenfonden', name: 'Bikubenfonden', sector: 'foundation' },
	{ slug: 'trygfonden', name: 'TrygFonden', sector: 'foundation' },
	{ slug: 'lauritzen-fonden', name: 'Lauritzen Fonden', sector: 'foundation' },
	{ slug: 'a-p-moeller-fonden', name: 'A.P. Møller Fonden', sector: 'foundation' },
	{ slug: 'koebenhavns-kommune', name: 'Københavns Kommune', sector: 'public' },
	{ slug: 'esbjerg-kommune', name: 'Esbjerg Kommune', sector: 'public' },
	{ slug: 'toender-kommune', name: 'Tønder Kommune', sector: 'public' },
	{ slug: 'kolding-kommune', name: 'Kolding Kommune', sector: 'public' },
	{ slug: 'kl', name: 'KL', sector: 'public' },
	{ slug: 'det-kriminalpraeventive-raad', name: 'Det Kriminalpræventive Råd', sector: 'civil_society' },
	{ slug: 'ungdommens-roede-kors', name: 'Ungdommens Røde Kors', sector: 'civil_society' },
	{ slug: 'friluftsraadet', name: 'Friluftsrådet', sector: 'civil_society' },
	{ slug: 'concito', name: 'CONCITO', sector: 'knowledge' },
	{ slug: 'vive', name: 'VIVE', sector: 'knowledge' },
	{ slug: 'bolius', name: 'Bolius', sector: 'business' },
	{ slug: 'falck', name: 'Falck', sector: 'business' }
];
