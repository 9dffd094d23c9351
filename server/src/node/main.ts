import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { describeFailure } from '../errors';
import { startServer } from '../server';
import { nodeLintConfigFiles } from './lintConfigFiles';
import { nodeWorkspaceFiles } from './workspaceFiles';

/** The transports vscode-languageserver reads from the command line. */
const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];

// Editors other than VS Code start the `resolution-language-server` binary with or without `--stdio`; stdio is
// the only transport that needs no further arguments, so it is the default when none is given.
if (!process.argv.some(arg => TRANSPORT_FLAGS.some(flag => arg.startsWith(flag)))) {
	process.argv.push('--stdio');
}

const connection = createConnection(ProposedFeatures.all);

// With the stdio transport anything written to stdout corrupts the protocol stream, so every console call goes
// to the client's log instead.
console.log = connection.console.log.bind(connection.console);
console.info = connection.console.info.bind(connection.console);
console.warn = connection.console.warn.bind(connection.console);
console.error = connection.console.error.bind(connection.console);

process.on('unhandledRejection', reason => {
	connection.console.error(describeFailure('Unhandled promise rejection', reason));
});

startServer(connection, { configFiles: nodeLintConfigFiles, workspaceFiles: nodeWorkspaceFiles });
