// xf init: a new register and office settings in the current folder (or $XF_HOME).
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { defaultConfig, PLACEHOLDER, REVIEW_BODY_KEYS, type OfficeConfig } from '../domain/config.js';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { RULE_PACKS } from '../domain/rulepacks.js';
import { configPath, resolveHome } from '../registry/home.js';
import { isPgPointer, readPointer, requestedDatabase } from '../registry/database.js';
import { initRegister } from './modules.js';
import { printJson } from './output.js';
import { ensureOfficeKey, privateKeyPath, publicKeyPath } from '../anchors/store.js';
import { keyId } from '../anchors/anchor.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(t('在当前目录（或 $XF_HOME）建立登记簿 xf.db 和机关设置 xf.config.json', 'create the register xf.db and office settings xf.config.json here (or in $XF_HOME)'))
    .option('--office <name>', t('机关全称（发文机关）', "the organ's full name"))
    .option('--fonds <no>', t('全宗号（4位字母或数字）', 'fonds number (4 letters or digits)'))
    .option('--org-code <code>', t('机关代字（用于文号，如“某信”）', 'organ code for document numbers'))
    .option('--org-short <code>', t('机关简码（用于编号，如 XX）', 'short code for serials'))
    .option('--rule-packs <list>', t(`规则包，逗号分隔（可用：${Object.keys(RULE_PACKS).join(', ')}）`, `rule packs, comma-separated (${Object.keys(RULE_PACKS).join(', ')})`), 'national_2022')
    .option('--review-org <name>', t('复查机关（上一级机关）名称，印入处理意见书的救济告知', 'the review body (one level up), printed in the remedy clause'))
    .option('--review-address <addr>', t('复查机关地址', "the review body's address"))
    .option('--rereview-org <name>', t('复核机关名称', 'the re-review body'))
    .option('--rereview-address <addr>', t('复核机关地址', "the re-review body's address"))
    .option('--bureau', t('本机关为信访部门（适用 DL-01 登记转送期限）', 'this office is a 信访部门 (DL-01 applies)'))
    .option(
      '--database <url>',
      t(
        '登记簿放在 PostgreSQL：postgres://用户@主机[:端口]/库名[?schema=模式]（或设 XF_DATABASE）；密码取自 XF_DATABASE、PGPASSWORD 或 ~/.pgpass，不写入本目录',
        'keep the register in PostgreSQL: postgres://user@host[:port]/db[?schema=NAME] (or set XF_DATABASE); the password comes from XF_DATABASE, PGPASSWORD or ~/.pgpass and is never written here',
      ),
    )
    .option('--force', t('覆盖已有的 xf.config.json（登记簿数据保留）', 'overwrite an existing xf.config.json (register data is kept)'))
    .option('--json', t('以 JSON 输出结果', 'print the result as JSON'))
    .addHelpText(
      'after',
      t(
        '\n示例：\n  xf init --office "某市某区人民政府" --fonds X001 --org-code 某区信 --rule-packs national_2022,shandong_2015',
        '\nExample:\n  xf init --office "Some District Government" --fonds X001 --org-code 某区信 --rule-packs national_2022,shandong_2015',
      ),
    )
    .action(
      (o: {
        reviewOrg?: string;
        reviewAddress?: string;
        rereviewOrg?: string;
        rereviewAddress?: string;
        office?: string;
        fonds?: string;
        orgCode?: string;
        orgShort?: string;
        rulePacks: string;
        bureau?: boolean;
        force?: boolean;
        json?: boolean;
        database?: string;
      }) => {
        const home = resolveHome();
        const cfgPath = configPath(home);
        if (existsSync(cfgPath) && !o.force) {
          throw new XfError('CONFLICT', t(`${cfgPath} 已存在；如需重写设置请加 --force`, `${cfgPath} exists; use --force to rewrite the settings`));
        }
        const cfg: OfficeConfig = {
          ...defaultConfig(o.office),
          is_xf_bureau: !!o.bureau,
          rule_packs: o.rulePacks
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        };
        if (o.fonds) cfg.fonds_no = o.fonds;
        if (o.orgCode) cfg.org_code = o.orgCode;
        if (o.orgShort) cfg.org_short = o.orgShort;
        // the review bodies are the office's own facts: never the demo's, a placeholder until given
        const given = { review_org_name: o.reviewOrg, review_org_address: o.reviewAddress, rereview_org_name: o.rereviewOrg, rereview_org_address: o.rereviewAddress };
        for (const k of REVIEW_BODY_KEYS) cfg[k] = given[k]?.trim() || PLACEHOLDER;
        const todo = REVIEW_BODY_KEYS.filter((k) => cfg[k] === PLACEHOLDER);
        const where = initRegister(home, cfg, requestedDatabase(o.database));
        // what to print: the file, or the PostgreSQL URL without its password
        const db = isPgPointer(where) ? readPointer(where).url : where;
        // The office signing key: anchors signed with it prove the register and archive outside xf.db.
        const key = ensureOfficeKey(home);
        if (o.json)
          printJson({
            ok: true,
            home,
            config: cfgPath,
            db,
            ...(isPgPointer(where) ? { backend: 'postgres', pointer: where } : { backend: 'sqlite' }),
            to_fill: todo,
            public_key: publicKeyPath(home),
            private_key: privateKeyPath(home),
            public_key_pem: key.publicPem,
            key_id: keyId(key.publicPem),
            key_created: key.created,
          });
        else {
          process.stdout.write(
            t(
              `已建立登记簿：${db}\n机关设置：${cfgPath}（请核对机关名称、全宗号、机关代字和复查复核机关）\n`,
              `register created: ${db}\nsettings: ${cfgPath} (check the office name, fonds number, organ code and review bodies)\n`,
            ),
          );
          process.stdout.write(
            t(
              `机关签名密钥${key.created ? '已生成' : '沿用已有的'}（${key.algorithm ?? ''}，私钥 ${privateKeyPath(home)} 仅本人可读）；公钥 ${publicKeyPath(home)}，编号 ${keyId(key.publicPem)}：请另存一份，与 anchors.jsonl 一并复制到本机以外\n`,
              `office signing key ${key.created ? 'created' : 'kept'} (${key.algorithm ?? ''}; private key ${privateKeyPath(home)}, mode 0600); public key ${publicKeyPath(home)}, id ${keyId(key.publicPem)}: keep a copy, with anchors.jsonl, off this machine\n`,
            ),
          );
          process.stdout.write(key.publicPem);
        }
        if (todo.length && !o.json)
          process.stderr.write(
            t(
              `提示：复查复核机关尚未设置，请在 ${cfgPath} 中填写 ${todo.join('、')}（或用 --review-org 等参数重新 init --force）；未填写前意见书不能打印救济告知。\n`,
              `note: the review bodies are not set; fill ${todo.join(', ')} in ${cfgPath} (or init --force with --review-org …); opinions cannot print their remedy clause until then.\n`,
            ),
          );
      },
    );
}
