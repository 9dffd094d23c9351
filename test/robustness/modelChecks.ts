import type { Resolution, Span, SubParagraph } from '../../server/src/languageService';

/**
 * Structural invariants of a parsed model, stated once for every fuzzing test. Each function throws an Error that
 * says what is wrong and where; the caller adds the seed and the mutations that produced the text.
 */

/** The parser reports its own internal failures as a problem instead of throwing; a fuzz case must not meet one. */
export function assertParsed(resolution: Resolution): void {
	const failure = resolution.problems.find(problem => problem.message.startsWith('The parser failed'));
	if (failure) {
		throw new Error(failure.message);
	}
}

/**
 * Every span anywhere in the model lies inside the text with start ≤ end, and none cuts a surrogate pair in two
 * (an editor would get a range that ends inside one character). Spans are found by shape, so a node type added
 * later is checked without a change here.
 */
export function assertSpansInside(resolution: Resolution): void {
	const { text } = resolution;
	const visit = (value: unknown, path: string): void => {
		if (typeof value !== 'object' || value === null) {
			return;
		}
		if (isSpan(value)) {
			const { start, end } = value;
			if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
				throw new Error(`span ${path} = [${start}, ${end}) is not inside a text of length ${text.length}`);
			}
			if (splitsPair(text, start) || splitsPair(text, end)) {
				throw new Error(`span ${path} = [${start}, ${end}) cuts a surrogate pair`);
			}
		}
		for (const [key, child] of Object.entries(value)) {
			if (key !== 'text' || typeof child !== 'string') {
				visit(child, `${path}.${key}`);
			}
		}
	};
	visit(resolution, 'resolution');
}

/**
 * The lists of the model run in source order, paragraphs of one part never overlap, and sub-paragraphs follow each
 * other after their paragraph's start. Preambular paragraphs may follow operative ones where a file holds several
 * drafts one after the other, so the two parts are not compared with each other.
 */
export function assertOrdered(resolution: Resolution): void {
	const lists: Array<[string, readonly { span: Span }[]]> = [
		['preamble', resolution.preamble], ['operative', resolution.operative], ['footnotes', resolution.footnotes],
		['markers', resolution.markers], ['citations', resolution.citations], ['artefacts', resolution.artefacts],
		['unclassified', resolution.unclassified], ['sections', resolution.sections],
	];
	for (const [name, list] of lists) {
		assertSorted(name, list.map(item => item.span), name === 'preamble' || name === 'operative');
	}
	for (const paragraph of [...resolution.preamble, ...resolution.operative]) {
		assertChildren(paragraph.span, paragraph.subParagraphs, 'paragraph');
	}
}

function assertChildren(parent: Span, children: readonly SubParagraph[], path: string): void {
	assertSorted(`${path} sub-paragraphs`, children.map(child => child.span), true);
	children.forEach((child, index) => {
		if (child.span.start < parent.start) {
			throw new Error(`${path} sub-paragraph ${child.label} starts at ${child.span.start}, before its parent at ${parent.start}`);
		}
		if (child.labelSpan.start < child.span.start || child.labelSpan.end > child.span.end) {
			throw new Error(`the label of ${path} sub-paragraph ${child.label} lies outside it`);
		}
		assertChildren(child.span, child.children, `${path}/${index}`);
	});
}

/** Spans in order of their starts; with `disjoint`, each also ends before the next begins. */
function assertSorted(name: string, spans: readonly Span[], disjoint = false): void {
	for (let i = 1; i < spans.length; i++) {
		const [previous, current] = [spans[i - 1], spans[i]];
		if (current.start < previous.start || (disjoint && current.start < previous.end)) {
			throw new Error(`${name} out of order: [${previous.start}, ${previous.end}) then [${current.start}, ${current.end})`);
		}
	}
}

function isSpan(value: object): value is Span {
	return 'start' in value && 'end' in value && typeof (value as Span).start === 'number';
}

function splitsPair(text: string, offset: number): boolean {
	const before = text.charCodeAt(offset - 1);
	const after = text.charCodeAt(offset);
	return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
