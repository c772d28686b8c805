/**
 * The Share section (under Templates): "Repair Baton formulas" and "Copy for
 * sharing / 分享副本", both through the workbook port (issue 14). Each says
 * what it did: how many cells and where, and which sheets it skipped.
 */
import { useEffect, useState } from "react";
import { Button, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { RepairReport, ShareReport, WorkbookPort } from "../../workbook/port";
import { describeCells } from "../../workbook/batonCells";
import { useI18n, type Strings } from "../i18n";
import { StatusBar, type Status } from "./Notices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  intro: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  sheets: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
});

/** What the repair did, in the pane's words. Pure. */
export function repairText(t: Strings["share"], r: RepairReport): string {
  const done = r.repaired.length > 0 ? t.repaired(r.repaired.length, describeCells(r.repaired)) : t.nothingToRepair;
  const skipped = r.protectedSheets.map((p) => `${p.sheet} (${p.cells})`).join(", ");
  return skipped ? `${done} ${t.protectedSkipped(skipped)}` : done;
}

/** What the copy did, in the pane's words. Pure. */
export function shareText(t: Strings["share"], r: ShareReport): string {
  const copies = r.copies.map((c) =>
    c.frozen.length > 0 ? t.copied(c.from, c.to, c.cells, describeCells(c.frozen.map((address) => ({ sheet: c.to, address })))) : t.nothingFrozen(c.from, c.to),
  );
  return [...copies, ...r.skipped.map((s) => t.skipped(s.sheet, s.reason))].join(" ");
}

export function Share({ port, describeError }: { port: WorkbookPort; describeError: (e: unknown) => string }) {
  const s = useStyles();
  const { t } = useI18n();
  const can = port.actions();
  const [repair, setRepair] = useState<Status>();
  const [copy, setCopy] = useState<Status>();
  const [sheets, setSheets] = useState<string[]>([]);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let cancelled = false;
    port.listSheets().then(
      (list) => !cancelled && setSheets(list),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [port, copy?.kind]);

  const runRepair = async () => {
    setRepair({ kind: "busy", text: t.share.repairing });
    try {
      setRepair({ kind: "success", text: repairText(t.share, await port.repairFormulas()) });
    } catch (e) {
      setRepair({ kind: "error", text: t.share.failed(describeError(e)) });
    }
  };

  const runCopy = async () => {
    setCopy({ kind: "busy", text: t.share.copying });
    try {
      setCopy({ kind: "success", text: shareText(t.share, await port.copyForSharing([...picked])) });
      setPicked(new Set());
    } catch (e) {
      setCopy({ kind: "error", text: t.share.failed(describeError(e)) });
    }
  };

  return (
    <section className={s.root} data-testid="share" aria-label={t.share.title}>
      <h2 className={s.heading}>{t.share.title}</h2>
      <article className={s.card}>
        <h3 className={s.title}>{t.share.repairTitle}</h3>
        <Text className={s.intro}>{t.share.repairIntro}</Text>
        {can.repairFormulas ? (
          <div>
            <Button onClick={runRepair} disabled={repair?.kind === "busy"} data-testid="repair-formulas">
              {repair?.kind === "busy" ? t.share.repairing : t.share.repair}
            </Button>
          </div>
        ) : (
          <StatusBar status={{ kind: "info", text: t.share.unsupported }} />
        )}
        <StatusBar status={repair} />
      </article>
      <article className={s.card}>
        <h3 className={s.title}>{t.share.copyTitle}</h3>
        <Text className={s.intro}>{t.share.copyIntro}</Text>
        {can.copyForSharing ? (
          <>
            <div className={s.sheets} role="group" aria-label={t.share.pickSheets}>
              {sheets.map((name) => (
                <Checkbox
                  key={name}
                  label={name}
                  checked={picked.has(name)}
                  onChange={(_, d) =>
                    setPicked((p) => {
                      const next = new Set(p);
                      if (d.checked) next.add(name);
                      else next.delete(name);
                      return next;
                    })
                  }
                />
              ))}
            </div>
            <div>
              <Button onClick={runCopy} disabled={picked.size === 0 || copy?.kind === "busy"} data-testid="copy-for-sharing">
                {copy?.kind === "busy" ? t.share.copying : t.share.copy}
              </Button>
            </div>
          </>
        ) : (
          <StatusBar status={{ kind: "info", text: t.share.unsupported }} />
        )}
        <StatusBar status={copy} />
      </article>
    </section>
  );
}
