/**
 * Comma-separated rows as spreadsheets and the UN Digital Library export them (RFC 4180): fields in double quotes
 * may hold commas, line breaks and doubled quotes; lines end in LF or CRLF. Each record keeps the 1-based line it
 * starts on, so that a malformed row is reported where it stands.
 */

export interface CsvRecord {
	fields: string[];
	line: number;
}

export function readCsvRecords(text: string): CsvRecord[] {
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	const endRecord = () => {
		fields.push(field);
		// A blank line is no record.
		if (fields.length > 1 || fields[0].trim().length > 0) {
			records.push({ fields, line: recordLine });
		}
		fields = [];
		field = '';
	};
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else if (char === '\r' && source[i + 1] === '\n') {
				// A line break inside a quoted field is kept as one LF, whichever way the file ends its lines.
				continue;
			} else {
				if (char === '\n') {
					line++;
				}
				field += char;
			}
		} else if (char === '"' && field.trim().length === 0) {
			field = '';
			quoted = true;
		} else if (char === ',') {
			fields.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && source[i + 1] === '\n') {
				i++;
			}
			endRecord();
			line++;
			recordLine = line;
		} else {
			field += char;
		}
	}
	if (field.length > 0 || fields.length > 0) {
		endRecord();
	}
	return records;
}
