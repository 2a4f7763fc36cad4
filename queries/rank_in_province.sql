-- Rank of each body among the bodies of its province by new requests (ties share a rank), the top 10.
select * from (
  select province, agency, year, requests.new,
         rank() over (partition by province, year order by requests.new desc) as rank_in_province
  where requests.new is not null
) where rank_in_province <= 10
order by province, year, rank_in_province;
