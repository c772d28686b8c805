/** What every view of the sample data must say about it. */
export const SAMPLE_NOTICE: { readonly en: string; readonly zh: string } = {
  en:
    "Sample data. The TMT and all-A-share prices and turnover are SYNTHETIC: generated from a fixed seed " +
    "(weekdays 2020-04-27 to 2026-04-24, holidays ignored), not market data. They are shaped to match the report's " +
    "figures: a 40-day rolling excess of 2.66% on April 24, past tops near 10%, one near 23%. In the segments table " +
    "the growth and revision figures of tier-1 network hardware follow the report; all other figures (tier 2 and 3, " +
    "liquid cooling and power equipment fundamentals, returns since the rebound, crowding scores) are illustrative. " +
    "The segment prices (one index per segment and an all-A index) are SYNTHETIC too, shaped so that the " +
    "returns since the April 8 rebound and the crowding scores computed from them come out near the segments " +
    "table's figures. Paste your own data to use the tools.",
  zh:
    "示例数据。TMT 与全A 的价格和成交额均为合成数据：由固定随机种子生成（2020-04-27 至 2026-04-24 的工作日，" +
    "未剔除节假日），并非真实行情。数据按研报数字构造：4月24日 40日滚动超额收益为 2.66%，历史高点约 10%，" +
    "其中一次约 23%。细分行业表中，一级光通信与网络硬件的盈利增速与上修幅度依据研报，其余数字（二、三级、" +
    "液冷与电力设备的基本面、反弹以来涨幅、拥挤度）均为示意。细分行业价格（每个细分行业一个指数及全A指数）" +
    "同样为合成数据，其反弹（4月8日）以来涨幅与拥挤度的计算结果接近细分行业表中的数字。请粘贴您自己的数据使用。",
};
