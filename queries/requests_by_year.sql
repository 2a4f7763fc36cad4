-- How many requests for disclosure did the agencies receive each year, and how many were granted?
-- (Reports whose table 三 is an image still count their requests.new when the text states it.)
select year, count(*) as reports, sum(requests.new) as new_requests,
       sum(requests.granted) as granted, sum(requests.processed) as processed
group by year
order by year;
