#!/usr/bin/env node
'use strict';
// The language server is bundled by esbuild (npm run build). Start it with `--stdio`; stdio is also the default.
require('../dist/server/node.js');
