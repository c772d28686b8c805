/**
 * Settings: window, lookback, the catch-up rule, the taxonomy table and the
 * language. Every change is validated (the same zod schema that reads them
 * back) and saved in the workbook's settings; the line at the foot says
 * "Saved" only after a write succeeded, and why when one failed. "Reset to
 * defaults" stores exactly the defaults (usePane's `resetSettings`).
 */
import { useEffect, useState } from "react";
import { Button, Field, Input, makeStyles, Select, Switch, tokens } from "@fluentui/react-components";
import type { TableInfo } from "../../workbook/port";
import type { Settings as SettingsModel } from "../../workbook/settings";
import type { SaveState } from "../usePane";
import { useI18n, type Language, type Strings } from "../i18n";
import { RuleText } from "./RuleText";
import { MonitorSettings } from "./MonitorSettings";

export interface SettingsProps {
  readonly settings: SettingsModel;
  readonly tables: readonly TableInfo[];
  readonly canSave: boolean;
  /** Whether the last write reached the workbook; "Saved" is shown only after one did. */
  readonly saveState: SaveState;
  /** A failed write's reason in the pane's words. */
  readonly describeError: (e: unknown) => string;
  readonly onChange: (patch: Partial<SettingsModel>) => boolean;
  /** Replaces the settings by exactly the defaults. */
  readonly onReset: () => void;
}

/** The line under the settings: where they are kept and whether the last write worked. */
export function saveText(t: Strings["settings"], canSave: boolean, state: SaveState, describe: (e: unknown) => string): string {
  if (!canSave) return t.notSaved;
  switch (state.kind) {
    case "saving":
      return t.saving;
    case "saved":
      return t.saved;
    case "failed":
      return t.saveFailed(describe(state.error));
    default:
      return t.savesHere;
  }
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, paddingBottom: tokens.spacingVerticalXS },
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))", gap: tokens.spacingHorizontalM },
  rule: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  foot: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  saved: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  failed: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
});

/**
 * A whole number in [min, max] (and passing `allowed`): the field keeps what
 * the analyst types, says at once when it is not allowed, and applies it on
 * Enter or on leaving the field (one settings write, not one per keystroke).
 */
function WholeNumber(props: {
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  testId: string;
  allowed?: (v: number) => boolean;
  invalidText?: string;
  accept: (v: number) => boolean;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(String(props.value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(String(props.value));
    setInvalid(false);
  }, [props.value]);
  const parse = (raw: string): number | undefined => {
    const v = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
    return Number.isInteger(v) && v >= props.min && v <= props.max && (props.allowed?.(v) ?? true) ? v : undefined;
  };
  const apply = () => {
    const v = parse(text);
    if (v === undefined) setInvalid(true);
    else if (v !== props.value) setInvalid(!props.accept(v));
  };
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? (props.invalidText ?? t.settings.invalidNumber(props.min, props.max)) : undefined}
    >
      <Input
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={1}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          setInvalid(parse(d.value) === undefined);
        }}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === "Enter") apply();
        }}
        data-testid={props.testId}
      />
    </Field>
  );
}

export function Settings({ settings, tables, canSave, saveState, describeError, onChange, onReset }: SettingsProps) {
  const s = useStyles();
  const { t } = useI18n();
  const rule = settings.rule;
  return (
    <div className={s.root} data-testid="settings">
      <fieldset className={s.group}>
        <legend className={s.legend}>{t.gauge.title}</legend>
        <div className={s.row}>
          <WholeNumber
            label={t.settings.window}
            hint={t.settings.windowHint}
            value={settings.window}
            min={1}
            max={500}
            testId="setting-window"
            accept={(v) => onChange({ window: v })}
          />
          <WholeNumber
            label={t.settings.lookback}
            hint={t.settings.lookbackHint}
            value={settings.lookback ?? 0}
            min={0}
            max={100000}
            testId="setting-lookback"
            allowed={(v) => v === 0 || v >= 20}
            invalidText={t.settings.lookbackInvalid}
            accept={(v) => onChange({ lookback: v === 0 ? null : v })}
          />
        </div>
      </fieldset>

      <fieldset className={s.group}>
        <legend className={s.legend}>{t.monitor.settingsTitle}</legend>
        <MonitorSettings settings={settings} tables={tables} onChange={onChange} />
      </fieldset>

      <fieldset className={s.group}>
        <legend className={s.legend}>{t.settings.ruleTitle}</legend>
        <Switch
          label={t.settings.growthRule}
          checked={rule.growthAtLeastMedian}
          onChange={(_, d) => onChange({ rule: { ...rule, growthAtLeastMedian: d.checked } })}
        />
        <Switch
          label={t.settings.revisionRule}
          checked={rule.revisionAtLeastMedian}
          onChange={(_, d) => onChange({ rule: { ...rule, revisionAtLeastMedian: d.checked } })}
        />
        <Switch
          label={t.settings.returnRule}
          checked={rule.returnBelowMedian}
          onChange={(_, d) => onChange({ rule: { ...rule, returnBelowMedian: d.checked } })}
        />
        <WholeNumber
          label={t.settings.crowdedFrom}
          hint={t.settings.crowdedFromHint}
          value={rule.crowdedFrom}
          min={0}
          max={100}
          testId="setting-crowded"
          accept={(v) => onChange({ rule: { ...rule, crowdedFrom: v } })}
        />
        <RuleText rule={rule} className={s.rule} />
      </fieldset>

      <fieldset className={s.group}>
        <legend className={s.legend}>{t.settings.taxonomyTable}</legend>
        <Field label={t.settings.taxonomyTable} hint={t.settings.taxonomyHint}>
          <Select
            value={settings.taxonomyTable ?? ""}
            onChange={(_, d) => onChange({ taxonomyTable: d.value || undefined })}
            data-testid="setting-taxonomy"
          >
            <option value="">{t.settings.builtIn}</option>
            {tables.map((x) => (
              <option key={x.name} value={x.name}>
                {x.name}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>

      <fieldset className={s.group}>
        <legend className={s.legend}>{t.settings.language}</legend>
        <Field label={t.settings.language}>
          <Select
            value={settings.language ?? ""}
            onChange={(_, d) => onChange({ language: (d.value || undefined) as Language | undefined })}
            data-testid="setting-language"
          >
            <option value="">{t.settings.auto}</option>
            <option value="en" lang="en">
              English
            </option>
            <option value="zh" lang="zh-CN">
              简体中文
            </option>
          </Select>
        </Field>
      </fieldset>

      <fieldset className={s.group}>
        <legend className={s.legend}>{t.rotation.settingsTitle}</legend>
        <div className={s.row}>
          <WholeNumber
            label={t.rotation.trailPoints}
            hint={t.rotation.trailPointsHint}
            value={settings.trailPoints}
            min={1}
            max={30}
            testId="setting-trail-points"
            accept={(v) => onChange({ trailPoints: v })}
          />
          <WholeNumber
            label={t.rotation.trailEvery}
            hint={t.rotation.trailEveryHint}
            value={settings.trailEvery}
            min={1}
            max={60}
            testId="setting-trail-every"
            accept={(v) => onChange({ trailEvery: v })}
          />
        </div>
      </fieldset>

      <div className={s.foot}>
        <Button onClick={onReset} data-testid="settings-reset">
          {t.settings.reset}
        </Button>
        <span
          className={canSave && saveState.kind === "failed" ? s.failed : s.saved}
          data-testid="settings-save"
          data-state={canSave ? saveState.kind : "session"}
          role="status"
          aria-live="polite"
        >
          {saveText(t.settings, canSave, saveState, describeError)}
        </span>
      </div>
    </div>
  );
}
