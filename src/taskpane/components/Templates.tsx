/**
 * "Insert template": puts a template's sheets into the open workbook through
 * the port (Excel's insertWorksheetsFromBase64, ExcelApi 1.13), never over an
 * existing sheet, and says what it inserted. The .xlsx is fetched from the
 * add-in's own origin (`templates/<file>`). Where the host cannot insert
 * sheets it says so and offers the file; in the preview (outside Excel) it
 * offers the file as a download.
 */
import { useState } from "react";
import { Button, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { WorkbookPort } from "../../workbook/port";
import { templatesFor, type TemplateInfo } from "../../templates/catalog";
import { useI18n } from "../i18n";
import { StatusBar, type Status } from "./Notices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  description: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  sheets: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
});

/** Bytes → base64, in chunks (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A template's URL on the add-in's own origin: `templates/zh-CN/crowding-monitor.xlsx`, each path segment encoded. */
export function templateUrl(tpl: Pick<TemplateInfo, "path">): string {
  return `templates/${tpl.path.split("/").map(encodeURIComponent).join("/")}`;
}

/** Fetches a template from the add-in's own origin (relative URL, allowed by the page's connect-src 'self'). */
async function fetchTemplate(tpl: TemplateInfo): Promise<string> {
  const url = templateUrl(tpl);
  const res = await fetch(url, { credentials: "same-origin" });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return toBase64(new Uint8Array(await res.arrayBuffer()));
}

/** The edition's language, named in its own words (the same in either interface language). */
const EDITION: Record<TemplateInfo["lang"], string> = { en: "English", "zh-CN": "简体中文" };

export function Templates({ port, describeError }: { port: WorkbookPort; describeError: (e: unknown) => string }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const caps = port.capabilities();
  const [status, setStatus] = useState<Record<string, Status | undefined>>({});

  const insert = async (tpl: TemplateInfo, title: string) => {
    const file = tpl.path;
    setStatus((m) => ({ ...m, [file]: { kind: "busy", text: t.templates.inserting } }));
    try {
      const base64 = await fetchTemplate(tpl);
      const done = await port.insertTemplate(base64, tpl.sheets, tpl.tables);
      const renamed = (done.tables ?? []).map((x) => t.templates.tableRenamed(x.from, x.to)).join(" ");
      const links = done.repaired?.length
        ? ` ${t.templates.linksRepaired(done.repaired.length, done.repaired.map((r) => `${r.sheet}!${r.address}`).join(", "))}`
        : "";
      const unchecked = done.unchecked ? ` ${t.templates.linksUnchecked(done.unchecked)}` : "";
      const text = t.templates.inserted(title, done.sheets.join(", ")) + (renamed ? ` ${renamed}` : "") + links + unchecked;
      setStatus((m) => ({ ...m, [file]: { kind: "success", text } }));
    } catch (e) {
      setStatus((m) => ({ ...m, [file]: { kind: "error", text: t.templates.failed(describeError(e)) } }));
    }
  };

  return (
    <div className={s.root} data-testid="templates">
      <p className={s.intro}>{t.templates.intro}</p>
      {!caps.inExcel ? <StatusBar status={{ kind: "info", text: t.templates.previewDownload }} /> : null}
      {caps.inExcel && !caps.insertTemplate ? <StatusBar status={{ kind: "info", text: t.templates.unsupported }} /> : null}
      <ul className={s.list}>
        {templatesFor(lang).map((tpl) => {
          const title = lang === "zh" ? tpl.title.zh : tpl.title.en;
          const st = status[tpl.path];
          return (
            <li key={tpl.path}>
              <article className={s.card} data-testid="template" data-lang={tpl.lang}>
                <h2 className={s.title}>
                  {title} <Text size={200}>· {EDITION[tpl.lang]}</Text>
                </h2>
                <Text className={s.description}>{lang === "zh" ? tpl.description.zh : tpl.description.en}</Text>
                <Text className={s.sheets}>{t.templates.sheets(tpl.sheets.join(", "))}</Text>
                <div className={s.actions}>
                  {caps.inExcel && caps.insertTemplate ? (
                    <Button appearance="primary" disabled={st?.kind === "busy"} onClick={() => insert(tpl, title)}>
                      {st?.kind === "busy" ? t.templates.inserting : t.templates.insert}
                    </Button>
                  ) : (
                    <Link href={templateUrl(tpl)} download={tpl.file} data-testid="template-download">
                      {t.templates.download}
                    </Link>
                  )}
                </div>
                <StatusBar status={st} />
              </article>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
