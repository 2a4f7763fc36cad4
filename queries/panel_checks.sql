-- The checks across years for one province (change '山东省'): the bodies failing each check, then every
-- report with its checks. A check is null (undecided) when the same body has no report for the year
-- before (panel.prev), a figure is missing, or the publication date is unknown.
-- Carried in this year is not what the same body carried out the year before (跨年结转):
select agency, year, requests.carried_in, panel.prev, source(check.carryover)
where province = '山东省' and not check.carryover order by agency, year;
-- Published after the deadline (departments 31 January, governments 31 March of the next year):
select agency, year, published, days_late where province = '山东省' and not check.timely order by days_late desc;
-- New requests up or down more than fivefold from the year before (both years at least 10):
select agency, year, requests.new, panel.prev where province = '山东省' and check.jump order by agency, year;
-- Prose copied from the year before (a similarity of 0.9 or more):
select agency, year, similarity.prev, panel.prev where province = '山东省' and similarity.prev >= 0.9
order by similarity.prev desc;
-- Every report of the province with its checks across years:
select agency, year, panel.prev, check.carryover, check.timely, days_late, check.jump, similarity.prev
where province = '山东省' order by agency, year;
