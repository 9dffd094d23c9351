import { Session } from 'node:inspector/promises';

/**
 * Where the processor time of a full analysis goes, from V8's sampling profiler: self time grouped by the area of
 * the language service the code belongs to, the inclusive share of the main stages, and the functions that take
 * the most self time. Pattern matching shows in a profile as frames of its own with no source; its time is
 * charged to the area of the function that ran the pattern.
 */

export interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

export interface Profile {
	nodes: ProfileNode[];
	samples: number[];
}

export interface Share {
	name: string;
	/** Percent of all samples. */
	percent: number;
}

export interface CpuBreakdown {
	text: string;
	samples: number;
	/** Self time by area, largest first. */
	areas: Share[];
	/** Inclusive time of the stages of an analysis. */
	stages: Share[];
	/** The functions with the most self time. */
	functions: Share[];
}

/** The stages whose inclusive time is reported, by the function that runs each. */
const STAGES: ReadonlyArray<[string, string]> = [
	['parse (all of it)', 'parseResolution'],
	['citation finding (part of the parse)', 'collectCitations'],
	['every rule', 'computeDiagnostics'],
];

const SERVICE = '/languageService/';

/** The area of the language service a script belongs to, by its folder; undefined for code outside it. */
function areaOf(url: string): string | undefined {
	const at = url.indexOf(SERVICE);
	if (at < 0) {
		return undefined;
	}
	const rest = url.slice(at + SERVICE.length);
	const slash = rest.indexOf('/');
	return slash < 0 ? 'service entry points' : rest.slice(0, slash);
}

/** A script's path from the language service's folder on, or its file name for code outside it. */
function shortPath(url: string): string {
	const at = url.indexOf(SERVICE);
	return at < 0 ? url.slice(url.lastIndexOf('/') + 1) : url.slice(at + SERVICE.length);
}

/** Runs `task` `iterations` times under the sampling profiler and summarises the profile. */
export async function profileAnalysis(text: string, task: () => unknown, iterations: number): Promise<CpuBreakdown> {
	const session = new Session();
	session.connect();
	try {
		await session.post('Profiler.enable');
		await session.post('Profiler.setSamplingInterval', { interval: 100 });
		await session.post('Profiler.start');
		for (let i = 0; i < iterations; i++) {
			task();
		}
		const { profile } = await session.post('Profiler.stop') as { profile: Profile };
		return summarize(text, profile);
	} finally {
		session.disconnect();
	}
}

/** Summarises a profile of `text` taken by {@link profileAnalysis}; exported for its test. */
export function summarize(text: string, profile: Profile): CpuBreakdown {
	const byId = new Map(profile.nodes.map(node => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) {
		for (const child of node.children ?? []) {
			parent.set(child, node.id);
		}
	}
	const areas = new Map<string, number>();
	const stages = new Map<string, number>();
	const functions = new Map<string, number>();
	const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
	// The profile counts the idle time before and after the loop too; only samples inside the analysis count.
	let counted = 0;
	for (const id of profile.samples) {
		const chain: ProfileNode[] = [];
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			chain.push(byId.get(at)!);
		}
		const leaf = chain[0].callFrame;
		const inAnalysis = chain.some(node => STAGES.some(([, name]) => node.callFrame.functionName === name));
		if (!inAnalysis && leaf.functionName !== '(garbage collector)') {
			continue;
		}
		counted++;
		const owner = chain.find(node => areaOf(node.callFrame.url) !== undefined);
		add(areas, leaf.functionName === '(garbage collector)' ? 'garbage collection' : owner ? areaOf(owner.callFrame.url)! : 'engine and Node');
		add(functions, leaf.url ? `${leaf.functionName || '(anonymous)'} (${shortPath(leaf.url)}:${leaf.lineNumber + 1})` : leaf.functionName);
		for (const [stage, name] of STAGES) {
			if (chain.some(node => node.callFrame.functionName === name)) {
				add(stages, stage);
			}
		}
	}
	const shares = (map: Map<string, number>, limit = Infinity): Share[] => [...map]
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit)
		.map(([name, count]) => ({ name, percent: (100 * count) / Math.max(1, counted) }));
	const missing = STAGES.filter(([stage]) => !stages.has(stage)).map(([, name]) => name);
	if (missing.length > 0) {
		// A renamed function would make a stage read 0 %: better to fail than to print a wrong breakdown.
		throw new Error(`no samples in ${missing.join(', ')}: was a stage renamed?`);
	}
	return {
		text,
		samples: counted,
		areas: shares(areas),
		stages: STAGES.map(([stage]) => ({ name: stage, percent: (100 * stages.get(stage)!) / counted })),
		functions: shares(functions, 12),
	};
}
