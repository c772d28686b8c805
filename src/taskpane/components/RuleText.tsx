/** The catch-up rule in words, as the settings currently have it (shown in Help and Settings). */
import type { CatchUpRule } from "../../core/board/types";
import { useI18n } from "../i18n";

export function ruleSentences(rule: CatchUpRule, t: ReturnType<typeof useI18n>["t"]): [string, string] {
  const parts: string[] = [];
  if (rule.growthAtLeastMedian) parts.push(t.rule.growth);
  if (rule.revisionAtLeastMedian) parts.push(t.rule.revision);
  if (rule.returnBelowMedian) parts.push(t.rule.sinceRebound);
  return [parts.length > 0 ? t.rule.catchUp(parts) : t.rule.never, t.rule.crowded(rule.crowdedFrom)];
}

export function RuleText({ rule, className }: { rule: CatchUpRule; className?: string }) {
  const { t } = useI18n();
  const [a, b] = ruleSentences(rule, t);
  return (
    <p className={className} data-testid="rule-text">
      {a} {b}
    </p>
  );
}
