/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS hook, loaded by electron-builder with require() */
// electron-builder afterPack hook: flips the Electron fuses in the packaged binary, before any
// signing. Skips, with a log line, when the binary is the placeholder of the packaging smoke test.
const { stat } = require('node:fs/promises');
const path = require('node:path');

/** Fuse names as in @electron/fuses' FuseV1Options, and the value every release ships with. */
const FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  EnableCookieEncryption: true,
  // The app is served over app://, so file:// needs none of its historical extra powers.
  GrantFileProtocolExtraPrivileges: false,
});

/** A real Electron binary is over 100 MB; the smoke test's placeholder is a few bytes. */
const PLACEHOLDER_MAX_BYTES = 1024 * 1024;

function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${productFilename}.exe`);
  return path.join(appOutDir, packager.executableName || productFilename);
}

async function fuseTarget(binary) {
  // On macOS the fuses live in the framework inside the bundle, not in the .app folder.
  const { pathToFuseFile } = await import('@electron/fuses');
  return pathToFuseFile(binary);
}

async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const target = await fuseTarget(binary);
  const info = await stat(target).catch(() => null);
  if (!info) throw new Error(`after-pack: the Electron binary was not found at ${target}.`);
  if (info.size < PLACEHOLDER_MAX_BYTES) {
    console.log(
      `after-pack: ${target} is a ${info.size}-byte placeholder, not Electron; fuses not set.`,
    );
    return;
  }
  const { flipFuses, FuseV1Options, FuseVersion } = await import('@electron/fuses');
  const config = {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: context.arch === 3 || context.arch === 4,
  };
  for (const [name, value] of Object.entries(FUSES)) {
    const index = FuseV1Options[name];
    if (index === undefined) throw new Error(`after-pack: unknown Electron fuse ${name}.`);
    config[index] = value;
  }
  await flipFuses(binary, config);
  console.log(`after-pack: fuses set on ${binary}: ${JSON.stringify(FUSES)}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.electronBinaryPath = electronBinaryPath;
