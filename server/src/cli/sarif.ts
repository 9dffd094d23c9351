import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_CODES, DEFAULT_SEVERITY, DiagnosticCode, ruleDocumentationPath, type Severity } from '../languageService/diagnostics';
import { ruleDescription } from '../languageService/diagnostics/ruleDescriptions';
import { omittedText, type FileReport } from './report';

/**
 * The report as SARIF 2.1.0, the format code-scanning dashboards (GitHub, Azure DevOps) read: one run whose tool
 * lists every rule the checker has, and one result per problem with its file and 1-based region. Relative paths
 * stay relative to the source root (`%SRCROOT%`, the working folder), so a dashboard links them to the
 * repository; the region's columns count UTF-16 code units, as the editor does.
 */

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

// The enum's member names ("NumberingOperative") are the rules' readable names; their values are the ids.
const RULE_NAMES = new Map<string, string>(Object.entries(DiagnosticCode).map(([name, code]) => [code, name]));

export function toSarif(reports: readonly FileReport[], toolVersion: string, cwd: string = process.cwd()): object {
	const ruleIndex = new Map<string, number>(ALL_CODES.map((code, index) => [code, index]));
	const artifacts = reports.map(report => artifactLocation(report.file));
	const results = reports.flatMap((report, fileIndex) => report.diagnostics.map(diagnostic => ({
		ruleId: diagnostic.code,
		ruleIndex: ruleIndex.get(diagnostic.code),
		level: LEVELS[diagnostic.severity],
		message: { text: diagnostic.message },
		locations: [{
			physicalLocation: {
				artifactLocation: { ...artifacts[fileIndex], index: fileIndex },
				region: {
					startLine: diagnostic.line,
					startColumn: diagnostic.column,
					endLine: diagnostic.endLine,
					endColumn: diagnostic.endColumn,
				},
			},
		}],
	})));
	return {
		$schema: SCHEMA,
		version: '2.1.0',
		runs: [{
			tool: {
				driver: {
					name: 'resolution-lint',
					version: toolVersion,
					semanticVersion: toolVersion,
					rules: ALL_CODES.map(code => ({
						id: code,
						name: RULE_NAMES.get(code) ?? code,
						shortDescription: { text: ruleDescription(code) },
						fullDescription: { text: `${ruleDescription(code)} See ${ruleDocumentationPath(code)}.` },
						defaultConfiguration: { level: LEVELS[DEFAULT_SEVERITY[code]] },
					})),
				},
			},
			originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(cwd) } },
			artifacts: artifacts.map(location => ({ location })),
			columnKind: 'utf16CodeUnits',
			results,
			...omissions(reports, artifacts),
		}],
	};
}

/**
 * Files whose problems `--max-problems` cut short, as notes of the run's invocation: they are not results, since no
 * rule found them at a place, but a dashboard must not take the short list for the whole. Nothing is added when
 * every problem is listed, so the log is then exactly what it was without the option.
 */
function omissions(reports: readonly FileReport[], artifacts: ReadonlyArray<{ uri: string; uriBaseId?: string }>): object {
	const notifications = reports.flatMap((report, fileIndex) => report.omitted ? [{
		level: 'note',
		message: { text: `${report.file}: ${omittedText(report.omitted, report.diagnostics.length)}` },
		locations: [{ physicalLocation: { artifactLocation: { ...artifacts[fileIndex], index: fileIndex } } }],
		properties: { omitted: report.omitted },
	}] : []);
	return notifications.length > 0 ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {};
}

// SARIF wants URIs: a relative path becomes a relative reference under the source root, an absolute one a file:
// URI, and standard input a name that cannot be mistaken for a file.
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
	if (file === '<stdin>') {
		return { uri: 'stdin' };
	}
	if (path.isAbsolute(file)) {
		return { uri: pathToFileURL(file).toString() };
	}
	const relative = file.split(path.sep).join('/').replace(/^\.\//, '');
	return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function directoryUri(directory: string): string {
	const uri = pathToFileURL(directory).toString();
	return uri.endsWith('/') ? uri : `${uri}/`;
}
