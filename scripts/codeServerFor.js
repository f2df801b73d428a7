// Which code-server release runs on this Node, and where it is installed. code-server's install builds its
// native modules for the running Node and refuses any other major (its engines.node), so each Node major
// gets its own release and its own folder: switching Node never breaks (or rebuilds) another major's install.
// Releases are pinned to ones KeyGuard's demo and integration suite were run on (`npm view code-server@X engines`).
const path = require('path');

/** code-server release per Node major. */
const RELEASES = {
  20: '4.100.3', // VS Code 1.100; the newest release with engines.node 20
  22: '4.117.0', // engines.node 22
  24: '4.139.1', // engines.node 24
};

/** The running Node's major version. */
function nodeMajor() {
  return Number(process.versions.node.split('.')[0]);
}

/** The release for a Node major, or undefined when none is known to run on it. */
function releaseFor(major = nodeMajor()) {
  return RELEASES[major];
}

/** The install folder for a Node major (Node 20 keeps the original .vscode-test/code-server). */
function installDir(root, major = nodeMajor()) {
  return path.join(root, '.vscode-test', major === 20 ? 'code-server' : `code-server-node${major}`);
}

/** server-main.js of the code-server installed for this Node. */
function serverMain(root, major = nodeMajor()) {
  return path.join(installDir(root, major), 'node_modules/code-server/lib/vscode/out/server-main.js');
}

module.exports = { RELEASES, nodeMajor, releaseFor, installDir, serverMain };

// `node scripts/codeServerFor.js <root>` prints "<release> <install dir>" for the shell setup script.
if (require.main === module) {
  const release = releaseFor();
  if (!release) {
    console.error(`no code-server release is known to run on Node ${process.versions.node}; supported majors: ${Object.keys(RELEASES).join(', ')}`);
    process.exit(1);
  }
  console.log(`${release} ${installDir(path.resolve(process.argv[2] || path.join(__dirname, '..')))}`);
}
