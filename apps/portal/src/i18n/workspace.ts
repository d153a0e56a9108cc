/**
 * Registers the signed-in pages' Chinese strings. Imported (dynamically) by app/routes.ts together
 * with each such page, so the public pages' bundle never carries them.
 */
import { workspaceZhCN } from './messages.workspace.zh-CN';
import { registerDictionary } from './translate';

registerDictionary('zh-CN', workspaceZhCN);
