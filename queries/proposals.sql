-- 人大代表建议 and 政协提案 handled, as section 六 reports them (a combined count only sets proposals.total).
select agency, year, proposals.npc as 人大建议, proposals.cppcc as 政协提案, proposals.total as 合计
order by proposals.total desc, agency;
