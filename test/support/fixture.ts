import type { Span } from '../../server/src/languageService';

/** A test text with its marked ranges and cursor removed. */
export interface Fixture {
	text: string;
	/** The ranges marked `⟦…⟧`, in order of their opening marks. */
	ranges: Span[];
	/** The offset marked `$0`, if any. */
	cursor?: number;
}

/**
 * Reads the inline marker language of the tests (after texlab and rust-analyzer): `⟦` and `⟧` enclose an
 * expected range, `$0` is the cursor. The markers are removed, so offsets refer to the text under test, and a
 * leading newline and the common indentation of a template literal are dropped so fixtures can be indented.
 */
export function fixture(source: string): Fixture {
	const text = dedent(source);
	const ranges: Span[] = [];
	const open: number[] = [];
	let cursor: number | undefined;
	let out = '';
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '⟦') {
			open.push(ranges.length);
			ranges.push({ start: out.length, end: -1 });
		} else if (text[i] === '⟧') {
			const index = open.pop();
			if (index === undefined) {
				throw new Error('fixture: ⟧ without ⟦');
			}
			ranges[index].end = out.length;
		} else if (text.startsWith('$0', i)) {
			cursor = out.length;
			i++;
		} else {
			out += text[i];
		}
	}
	if (open.length > 0) {
		throw new Error('fixture: ⟦ without ⟧');
	}
	return { text: out, ranges, cursor };
}

function dedent(source: string): string {
	const body = source.replace(/^\r?\n/, '').replace(/\n[ \t]*$/, '\n');
	const indents = body.split('\n').filter(line => line.trim()).map(line => /^[ \t]*/.exec(line)![0].length);
	const common = indents.length > 0 ? Math.min(...indents) : 0;
	return body.split('\n').map(line => line.slice(common)).join('\n');
}

/** The source text a span covers, for readable assertions. */
export function slice(text: string, span: Span): string {
	return text.slice(span.start, span.end);
}
