-- Which cities disclose most of what is asked? Granted plus partly granted, over all requests handled.
select province, city, count(*) as reports,
       sum(requests.processed) as processed,
       ratio(sum(requests.granted) + sum(requests.partial), sum(requests.processed)) as disclosed
where city is not null
group by province, city
order by disclosed desc, city;
