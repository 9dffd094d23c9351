// Draws icon.png (128×128): a flat UN-blue square with a white globe outline. Written as a script rather than
// drawn by hand so the icon can be regenerated exactly, with nothing but Node: `node scripts/generate-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SUPERSAMPLE = 4;
const BLUE = [0x00, 0x9e, 0xdb];
const WHITE = [0xff, 0xff, 0xff];
const CENTRE = SIZE / 2;
const RADIUS = 44;
const STROKE = 4.5;

/** Whether a point lies on one of the globe's strokes: the rim, the equator, two parallels and three meridians. */
function onGlobe(x, y) {
	const dx = x - CENTRE;
	const dy = y - CENTRE;
	const distance = Math.hypot(dx, dy);
	if (Math.abs(distance - RADIUS) < STROKE / 2) {
		return true;
	}
	if (distance > RADIUS) {
		return false;
	}
	const onParallel = [0, -RADIUS / 2, RADIUS / 2].some(offset => Math.abs(dy - offset) < STROKE / 3);
	const onMeridian = [0, 0.5].some(squash => {
		const width = RADIUS * squash;
		if (width === 0) {
			return Math.abs(dx) < STROKE / 3;
		}
		const ellipse = Math.hypot(dx / width, dy / RADIUS);
		return Math.abs(ellipse - 1) * width < STROKE / 3;
	});
	return onParallel || onMeridian;
}

function pixel(px, py) {
	let covered = 0;
	for (let i = 0; i < SUPERSAMPLE; i++) {
		for (let j = 0; j < SUPERSAMPLE; j++) {
			covered += onGlobe(px + (i + 0.5) / SUPERSAMPLE, py + (j + 0.5) / SUPERSAMPLE) ? 1 : 0;
		}
	}
	const alpha = covered / (SUPERSAMPLE * SUPERSAMPLE);
	return BLUE.map((channel, index) => Math.round(channel + (WHITE[index] - channel) * alpha));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) {
		c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	}
	return c >>> 0;
});

function crc32(bytes) {
	let crc = 0xffffffff;
	for (const byte of bytes) {
		crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	}
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, RGB colour, default compression, filter and interlace
const rows = [];
for (let y = 0; y < SIZE; y++) {
	rows.push(Buffer.from([0, ...Array.from({ length: SIZE }, (_, x) => pixel(x, y)).flat()]));
}
const png = Buffer.concat([
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	chunk('IHDR', header),
	chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
	chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../icon.png', import.meta.url), png);
console.log(`icon.png: ${png.length} bytes`);
