/**
 * Messages above the board: the sample-data notice (always, on the sample
 * workbook), settings that fell back to defaults, read failures and a
 * failed settings write (changes can come from any tab or the header); plus
 * the one-line status of an action (inserted a chart, failed…).
 */
import { useState } from "react";
import { Button, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";

export interface Status {
  readonly kind: "busy" | "success" | "error" | "info";
  readonly text: string;
}

/** An action's outcome, announced politely to screen readers. */
export function StatusBar({ status }: { status?: Status }) {
  if (!status || status.kind === "busy") return null;
  const intent = status.kind === "success" ? "success" : status.kind === "error" ? "error" : "info";
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="status" aria-live="polite">
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}

export interface NoticesProps {
  readonly sampleNotice?: string;
  readonly settingsNotice?: "invalid" | "outdated";
  readonly error?: string;
  /** Why the last settings write failed (already in the pane's words). */
  readonly saveError?: string;
  readonly onDismissSettings: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  more: { marginInlineStart: tokens.spacingHorizontalXS },
});

/**
 * The first two sentences of a notice, and the rest. A sentence ends at "。"
 * or at "." followed by a space or the end ("2.66%" does not end one).
 */
export function splitNotice(text: string): [string, string] {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const end = c === "。" || (c === "." && (i + 1 === text.length || /\s/.test(text[i + 1])));
    if (end && ++found === 2) return [text.slice(0, i + 1).trim(), text.slice(i + 1).trim()];
  }
  return [text.trim(), ""];
}

/** The sample-data notice: always visible, its first sentences in full, the details on request. */
function SampleNotice({ text }: { text: string }) {
  const s = useStyles();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [head, rest] = splitNotice(text);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="sample-notice">
      <MessageBarBody>
        <MessageBarTitle>{t.notices.sampleTitle}</MessageBarTitle>
        {head}
        {rest && open ? ` ${rest}` : null}
        {rest ? (
          <Link as="button" inline className={s.more} onClick={() => setOpen(!open)} aria-expanded={open}>
            {open ? t.notices.less : t.notices.more}
          </Link>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

export function Notices(p: NoticesProps) {
  const s = useStyles();
  const { t } = useI18n();
  if (!p.sampleNotice && !p.settingsNotice && !p.error && !p.saveError) return null;
  return (
    <div className={s.root}>
      {p.error ? (
        <MessageBar intent="error" layout="multiline" data-testid="read-error">
          <MessageBarBody>{t.notices.readFailed(p.error)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {p.saveError ? (
        <MessageBar intent="error" layout="multiline" data-testid="save-error">
          <MessageBarBody>{t.settings.saveFailed(p.saveError)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {p.settingsNotice ? (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-notice">
          <MessageBarBody>{p.settingsNotice === "outdated" ? t.notices.settingsOutdated : t.notices.settingsInvalid}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={p.onDismissSettings}>
              {t.notices.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {p.sampleNotice ? <SampleNotice text={p.sampleNotice} /> : null}
    </div>
  );
}
