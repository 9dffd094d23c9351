/**
 * Preloaded with `node --require` into a process under test, this module makes every way out to the network throw
 * and report itself on stderr as "NETWORK ATTEMPT: …". A test that finds no such line after exercising every
 * feature knows that nothing tried. Pipes and stdio, which the language server speaks over, are not affected: they
 * never call `connect`.
 */
import * as dgram from 'node:dgram';
import * as dns from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import * as tls from 'node:tls';

export const NETWORK_ATTEMPT = 'NETWORK ATTEMPT:';

function refuse(what: string): never {
	process.stderr.write(`${NETWORK_ATTEMPT} ${what}\n`);
	throw new Error(`network access is blocked in this test (${what})`);
}

function block(target: object, names: readonly string[], label: string): void {
	for (const name of names) {
		Object.defineProperty(target, name, { value: () => refuse(`${label}.${name}`), writable: true, configurable: true });
	}
}

block(net, ['connect', 'createConnection'], 'net');
block(net.Socket.prototype, ['connect'], 'net.Socket');
block(tls, ['connect'], 'tls');
block(http, ['request', 'get'], 'http');
block(https, ['request', 'get'], 'https');
block(dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns');
block(dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns.promises');
block(dgram, ['createSocket'], 'dgram');
block(globalThis, ['fetch', 'WebSocket', 'EventSource'], 'globalThis');
