-- Publication timeliness (《政府信息公开条例》第五十条), written out in the query language: a government
-- department publishes its report on a year by 31 January of the following year, a people's
-- government (its 人民政府办公室 publishing) by 31 March; township governments have no date in the
-- 条例. A report whose date of publication is not stated is 'unknown', never 'late'. The loader's
-- check.timely applies the same rule; it is listed beside the hand-written one.
create or replace temp view publication_timeliness as
select id, agency, level, year, published, check.timely,
       case when level = 'township' then 'township'
            when dept like '人民政府%' then 'government' else 'department' end as kind,
       case when level = 'township' then null
            when dept like '人民政府%' then cast(year + 1 as text) || '-03-31'
            else cast(year + 1 as text) || '-01-31' end as deadline,
       case when published is null or deadline is null then 'unknown'
            when published <= deadline then 'on time'
            else 'late' end as timeliness,
       date_diff('day', deadline, published) as days_after_deadline;

select id, agency, year, kind, published, deadline, timeliness, days_after_deadline, check.timely
from publication_timeliness order by agency, year;

select kind, count(*) as reports,
       count(*) filter (where timeliness = 'on time') as on_time,
       count(*) filter (where timeliness = 'late') as late,
       count(*) filter (where timeliness = 'unknown') as unknown
from publication_timeliness group by kind;
