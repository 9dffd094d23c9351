-- Drives Neovim's built-in LSP client against resolution-language-server, as a user's Neovim would, and writes what
-- the server answered to a JSON file for the Node side to judge. The plan (file named by $NVIM_LSP_PLAN) says which
-- files to open and which requests to send; see neovim.ts. Neovim 0.8 and later start the client with vim.lsp.start;
-- Debian 12's Neovim 0.7 has only start_client and buf_attach_client, which do the same in two steps.

local plan = vim.fn.json_decode(table.concat(vim.fn.readfile(vim.env.NVIM_LSP_PLAN), '\n'))
local results = { files = {}, capabilities = vim.NIL, nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }

local function write_results()
	vim.fn.writefile({ vim.fn.json_encode(results) }, plan.resultPath)
end

local initialized = false
local config = {
	name = 'resolution-language-server',
	cmd = plan.cmd,
	root_dir = plan.root,
	-- The server keys its features to the language id, which Neovim would otherwise take from the filetype.
	get_language_id = function() return 'un-resolution' end,
	on_init = function() initialized = true end,
}

local client_id
local function attach(bufnr)
	if vim.lsp.start then
		client_id = vim.lsp.start(config, { bufnr = bufnr })
	else
		client_id = client_id or vim.lsp.start_client(config)
		vim.lsp.buf_attach_client(bufnr, client_id)
	end
	assert(vim.wait(plan.timeoutMs, function() return initialized end, 50), 'the server did not finish initializing')
	results.capabilities = vim.lsp.get_client_by_id(client_id).server_capabilities
end

local function request(bufnr, spec)
	local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
	if spec.position then
		params.position = spec.position
	end
	local answers, err = vim.lsp.buf_request_sync(bufnr, spec.method, params, plan.timeoutMs)
	local answer = answers and answers[client_id] or {}
	return { method = spec.method, result = answer.result or vim.NIL, error = answer.err or err or vim.NIL }
end

local function run()
	for _, file in ipairs(plan.files) do
		vim.cmd('edit ' .. vim.fn.fnameescape(file.path))
		local bufnr = vim.api.nvim_get_current_buf()
		attach(bufnr)
		local answers = {}
		for _, spec in ipairs(file.requests) do
			table.insert(answers, request(bufnr, spec))
		end
		table.insert(results.files, { path = file.path, answers = answers })
	end
end

local ok, failure = pcall(run)
if not ok then
	results.failure = tostring(failure)
end
write_results()
vim.cmd('qa!')
