// Jest global setup of the e2e tier: the gateway serves apps/portal/dist, so build the portal first
// when it is missing or older than its sources (tools/portal-build.mjs; a few seconds).
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function buildPortal() {
  const res = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'tools', 'portal-build.mjs')], {
    stdio: 'inherit',
  });
  if (res.status !== 0) throw new Error('the portal build failed; see the output above');
};
