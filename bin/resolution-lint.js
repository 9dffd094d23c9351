#!/usr/bin/env node
'use strict';
// The CLI is bundled by esbuild (npm run build); this shim only gives npm a stable file to link.
require('../dist/cli/resolution-lint.js');
