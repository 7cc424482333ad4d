#!/usr/bin/env node
// The `linchpin` command: runs cli/main.ts from an esbuild bundle kept fresh by ./bundle.mjs.
import { pathToFileURL } from 'node:url';
import { ensureBundle } from './bundle.mjs';

await import(pathToFileURL(await ensureBundle()).href);
