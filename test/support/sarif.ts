/**
 * The parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json, OASIS) that a consumer relies on, checked by
 * hand: required properties, enumerations, the 1-based region and the indexes that point into other arrays.
 * Returns what is wrong, so that a failing test lists every problem at once.
 */
export function sarifProblems(log: any): string[] {
	const problems: string[] = [];
	const check = (ok: unknown, problem: string) => ok || problems.push(problem);
	const keysWithin = (value: object, allowed: readonly string[], where: string) =>
		Object.keys(value).filter(key => !allowed.includes(key)).forEach(key => problems.push(`${where} has the unknown property "${key}"`));
	keysWithin(log, ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'], 'sarifLog');
	check(log.version === '2.1.0', 'version is not "2.1.0"');
	check(typeof log.$schema === 'string', '$schema is missing');
	check(Array.isArray(log.runs) && log.runs.length > 0, 'runs is not a non-empty array');
	for (const run of log.runs ?? []) {
		keysWithin(run, RUN_PROPERTIES, 'run');
		const driver = run.tool?.driver;
		check(typeof driver?.name === 'string' && driver.name.length > 0, 'run.tool.driver.name is required');
		const rules: any[] = driver?.rules ?? [];
		check(new Set(rules.map(rule => rule.id)).size === rules.length, 'rule ids are not unique');
		for (const rule of rules) {
			check(typeof rule.id === 'string', 'a rule has no id');
			check(rule.shortDescription === undefined || typeof rule.shortDescription.text === 'string', `rule ${rule.id}: shortDescription.text`);
			check(rule.defaultConfiguration === undefined || LEVELS.includes(rule.defaultConfiguration.level), `rule ${rule.id}: level`);
		}
		check(run.columnKind === undefined || ['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind), 'columnKind');
		const artifacts: any[] = run.artifacts ?? [];
		for (const result of run.results ?? []) {
			const where = `result ${result.ruleId}`;
			check(typeof result.message?.text === 'string', `${where}: message.text is required`);
			check(LEVELS.includes(result.level), `${where}: level "${result.level}"`);
			check(Number.isInteger(result.ruleIndex) && rules[result.ruleIndex]?.id === result.ruleId, `${where}: ruleIndex`);
			for (const location of result.locations ?? []) {
				const artifact = location.physicalLocation?.artifactLocation;
				const region = location.physicalLocation?.region;
				check(typeof artifact?.uri === 'string' && !/\s/.test(artifact.uri), `${where}: artifactLocation.uri`);
				check(artifact?.index === undefined || artifacts[artifact.index]?.location?.uri === artifact.uri, `${where}: artifact index`);
				check(artifact?.uriBaseId === undefined || /\/$/.test(run.originalUriBaseIds?.[artifact.uriBaseId]?.uri ?? ''), `${where}: uriBaseId`);
				check(Number.isInteger(region?.startLine) && region.startLine >= 1, `${where}: startLine`);
				check(Number.isInteger(region?.startColumn) && region.startColumn >= 1, `${where}: startColumn`);
				check(region?.endLine >= region?.startLine, `${where}: endLine`);
				check(region?.endColumn >= 1 && (region.endLine > region.startLine || region.endColumn >= region.startColumn), `${where}: endColumn`);
			}
		}
	}
	return problems;
}

const LEVELS = ['none', 'note', 'warning', 'error'];

const RUN_PROPERTIES = [
	'tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts',
	'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens',
	'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences',
	'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses',
	'specialLocations', 'properties',
];
