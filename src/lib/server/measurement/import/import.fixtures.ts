/** Indicator definitions the import tests read their fixtures against (tests/fixtures/measurement/). */
import type { ImportIndicator } from './validate.ts';

export const HOMELESS: ImportIndicator = {
	id: '00000000-0000-4000-8000-000000000001',
	name: 'Personer i hjemløshed',
	frequency: 'year',
	unit: 'count',
	validMin: '0',
	validMax: '10000',
	dimensions: [
		{ key: 'koen', label: 'Køn', categories: ['k', 'm'], categoryLabels: { k: 'Kvinde', m: 'Mand' } },
		{ key: 'alder', label: 'Alder', categories: ['18-24', '25+'] }
	]
};
export const JOBS: ImportIndicator = {
	id: '00000000-0000-4000-8000-000000000002',
	name: 'Andel i job',
	frequency: 'quarter',
	unit: 'percent',
	dimensions: []
};
export const TALKS: ImportIndicator = {
	id: '00000000-0000-4000-8000-000000000003',
	name: 'Antal samtaler',
	frequency: 'month',
	unit: 'count',
	dimensions: []
};

export const INDICATORS = [HOMELESS, JOBS, TALKS];

/** The same, with an English breakdown, for a file written in English. */
export const INDICATORS_EN: ImportIndicator[] = [
	{ ...HOMELESS, dimensions: [{ key: 'gender', label: 'Gender', categories: ['woman', 'man'] }] },
	TALKS
];
