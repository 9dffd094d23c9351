import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/languageService';
import { computeDiagnostics } from '../../../server/src/languageService/diagnostics';
import { localizeMessage, MessageCatalogue, uiLanguage } from '../../../server/src/languageService/l10n/localize';
import { ZH_MESSAGES } from '../../../server/src/languageService/l10n/zh';

describe('server messages in the interface language', () => {
	it('reads the display language VS Code sends: Simplified Chinese gets Chinese, everything else English', () => {
		for (const locale of ['zh-cn', 'zh-CN', 'zh', 'zh-hans', 'zh_SG']) {
			assert.equal(uiLanguage(locale), 'zh', locale);
		}
		for (const locale of ['en', 'en-us', 'fr', 'zh-tw', 'zhx', '', undefined]) {
			assert.equal(uiLanguage(locale), 'en', String(locale));
		}
	});

	it('translates a rule\'s message by its template, with the varying text carried over', () => {
		const draft = 'The General Assembly,\n\n1. Decides to act, Error! Bookmark not defined. and to report.\n';
		const message = computeDiagnostics(parseResolution(draft)).find(diagnostic => diagnostic.code === 'artifact.field-error')?.message;
		assert.equal(message, 'A Word field error was left in the text: "Error! Bookmark not defined.". Restore the reference it replaced.');
		assert.equal(localizeMessage(message, 'zh'), '文本中残留了 Word 域错误：“Error! Bookmark not defined.”。请恢复它所替换的引用。');
		assert.equal(localizeMessage(message, 'en'), message);
	});

	it('leaves a message it has no template for in English, and never fills a placeholder it cannot', () => {
		assert.equal(localizeMessage('Operative paragraph 3 is missing.', 'zh'), 'Operative paragraph 3 is missing.');
		const catalogue = new MessageCatalogue({ 'Paragraph {0} of {1}.': '第 {0} 段，共 {1} 段。', 'Two (a) [b]*.': '二。' });
		assert.equal(catalogue.translate('Paragraph 5 of 39.'), '第 5 段，共 39 段。');
		assert.equal(catalogue.translate('Two (a) [b]*.'), '二。');
		assert.equal(catalogue.translate('Two (a) [b].'), 'Two (a) [b].');
	});

	it('every Chinese message keeps the placeholders of its English template', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map(match => match[0]).sort().join();
		for (const [english, chinese] of Object.entries(ZH_MESSAGES)) {
			assert.equal(placeholders(chinese), placeholders(english), english);
		}
	});
});
