import * as vscode from 'vscode';

/**
 * The URL to start the server's worker from. In vscode.dev and github.dev the extension is served over https and
 * the bundle's own URL will do. A workbench whose extensions live on a remote machine (code-server, VS Code Server
 * in a browser) serves them under `vscode-remote:`, from which the web extension host refuses to start workers;
 * there the script is read through the file system API and started from a Blob URL, which every browser allows.
 */
export async function serverScriptUrl(extensionUri: vscode.Uri): Promise<string> {
	const script = vscode.Uri.joinPath(extensionUri, 'dist', 'server', 'browser.js');
	if (script.scheme !== 'vscode-remote') {
		return script.toString(true);
	}
	const source = await vscode.workspace.fs.readFile(script);
	return URL.createObjectURL(new Blob([source], { type: 'application/javascript' }));
}
