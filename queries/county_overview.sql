-- A view of county-level agencies, then a question asked of it: proactive disclosure per county.
create or replace view county_reports as
  select agency, county, city, year, proactive.total, requests.new from reports where level = 'county';
select city, county, count(*) as reports, sum(proactive.total) as proactive_items, sum(requests.new) as requests
from county_reports
group by city, county
order by proactive_items desc;
