/**
 * Settings of the tier monitor (issue 11): the segment price table
 * (automatic, a table, or none), its benchmark column (recognised by header,
 * or picked), and the rebound (automatic, or a typed date).
 */
import { useEffect, useState } from "react";
import { Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import type { TableInfo } from "../../workbook/port";
import type { Settings } from "../../workbook/settings";
import { useI18n } from "../i18n";
import { resolvePriceTable } from "../useMonitor";

const AUTO = "\u0000auto";
const NONE = "\u0000none";
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface MonitorSettingsProps {
  readonly settings: Settings;
  readonly tables: readonly TableInfo[];
  readonly onChange: (patch: Partial<Settings>) => boolean;
}

export function MonitorSettings({ settings, tables, onChange }: MonitorSettingsProps) {
  const s = useStyles();
  const { t } = useI18n();
  const m = t.monitor;
  const mon = settings.monitor ?? {};
  const patch = (p: Partial<NonNullable<Settings["monitor"]>>): boolean => onChange({ monitor: { ...mon, ...p } });
  const current = resolvePriceTable(settings, tables);
  const headers = tables.find((x) => x.name === current)?.headers ?? [];
  const [typed, setTyped] = useState(mon.rebound !== undefined);
  const [date, setDate] = useState(mon.rebound ?? "");
  useEffect(() => {
    setTyped(mon.rebound !== undefined);
    setDate(mon.rebound ?? "");
  }, [mon.rebound]);

  return (
    <div className={s.root} data-testid="monitor-settings">
      <Field label={m.priceTable} hint={m.priceTableHint}>
        <Select
          value={mon.table === null ? NONE : (mon.table ?? AUTO)}
          onChange={(_, d) => patch({ table: d.value === AUTO ? undefined : d.value === NONE ? null : d.value, benchmarkColumn: undefined })}
          data-testid="setting-price-table"
        >
          <option value={AUTO}>{`${t.settings.auto}${mon.table === undefined && current ? ` (${current})` : ""}`}</option>
          {tables.map((x) => (
            <option key={x.name} value={x.name}>
              {x.name}
            </option>
          ))}
          <option value={NONE}>{m.none}</option>
        </Select>
      </Field>
      {current ? (
        <Field label={m.benchmark}>
          <Select
            value={mon.benchmarkColumn ?? AUTO}
            onChange={(_, d) => patch({ benchmarkColumn: d.value === AUTO ? undefined : d.value })}
            data-testid="setting-monitor-benchmark"
          >
            <option value={AUTO}>{m.benchmarkAuto}</option>
            {headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={m.reboundSetting}>
        <RadioGroup
          value={typed ? "typed" : "auto"}
          onChange={(_, d) => {
            const on = d.value === "typed";
            setTyped(on);
            if (!on) patch({ rebound: undefined });
            else if (ISO.test(date)) patch({ rebound: date });
          }}
          data-testid="setting-rebound-mode"
        >
          <Radio value="auto" label={m.reboundAuto} />
          <Radio value="typed" label={m.reboundTyped} />
        </RadioGroup>
      </Field>
      {typed ? (
        <Field label={m.reboundDate} hint={m.reboundHint}>
          <Input
            type="date"
            value={date}
            onChange={(_, d) => {
              setDate(d.value);
              if (ISO.test(d.value)) patch({ rebound: d.value });
            }}
            data-testid="setting-rebound-date"
          />
        </Field>
      ) : null}
    </div>
  );
}
